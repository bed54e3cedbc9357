/* Tests of the cli section. */
static void tests_cli(sd_tester *t) { (void)t; }
