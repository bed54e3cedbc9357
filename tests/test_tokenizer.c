/* Tests of the tokenizer section. */
static void tests_tokenizer(sd_tester *t) { (void)t; }
