/* Tests of the rng section. */
static void tests_rng(sd_tester *t) { (void)t; }
