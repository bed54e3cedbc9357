/* Tests of the sched section. */
static void tests_sched(sd_tester *t) { (void)t; }
