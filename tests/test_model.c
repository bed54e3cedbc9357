/* Tests of the model section. */
static void tests_model(sd_tester *t) { (void)t; }
