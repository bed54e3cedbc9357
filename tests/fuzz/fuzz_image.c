/* Target "image": an image file as the CLI reads it. First as --from-png reads it: the parameters
   text of a PNG, or the EXIF UserComment of a JPEG or a WebP (cli/sd.c's own parsers). Then as an
   init image: stb_image configured by cli/sd.c (PNG only, sides up to SD_MAX_DIM), decoded from
   memory as RGB, then the library's init-image checks and its fitting to a run's size in every
   resize mode (PIL's Lanczos). Every decoded pixel and every byte of the text are read, so the
   sanitizers see the whole buffers. */
static void fuzz_image(const unsigned char *data, size_t size) {
    static const sd_resize modes[] = {SD_RESIZE_STRETCH, SD_RESIZE_CROP, SD_RESIZE_FILL, SD_RESIZE_NONE};
    sd__env env = fuzz_env();
    sd_params params;
    sd_image init, fitted;
    sd_resize mode;
    unsigned char *pixels, *owned;
    unsigned sum = 0;
    size_t i, m;
    int channels = 0, W = 0, H = 0, rounds;
    sd_result r;
    char why[160] = "", *text = image_parameters(data, size, why, sizeof why);
    FUZZ_CHECK(text || why[0], "no parameters text and no reason");
    FUZZ_CHECK(!text || strlen(text) <= 2 * size, "a %lu-byte text from %lu bytes", (unsigned long)strlen(text), (unsigned long)size);
    free(text);
    if (size > INT_MAX || !png_chunks_fit(data, size)) return; /* the CLI's check before stb */
    memset(&init, 0, sizeof init);
    pixels = stbi_load_from_memory(data, (int)size, &init.width, &init.height, &channels, 3);
    FUZZ_CHECK(!pixels || size < 2 || data[0] != 0xFF || data[1] != 0xD8, "a JPEG was decoded: the CLI must refuse JPEG");
    if (!pixels) return;
    FUZZ_CHECK(init.width >= 1 && init.height >= 1 && init.width <= SD_MAX_DIM && init.height <= SD_MAX_DIM,
               "decoded a %dx%d image", init.width, init.height);
    for (i = 0; i < (size_t)init.width * (size_t)init.height * 3; i++) sum += pixels[i];
    init.pixels = pixels;
    rounds = init.width >= 8 && init.height >= 8;
    memset(&params, 0, sizeof params);
    r = sd__init_run_size(&env, &params, &init, 8, &mode, &W, &H);
    FUZZ_CHECK(r == (rounds ? SD_OK : SD_ERR_INVALID_ARGUMENT), "%dx%d (pixel sum %u): %d %s", init.width, init.height, sum, (int)r,
               env.message);
    FUZZ_CHECK(r != SD_OK || (W == init.width - init.width % 8 && H == init.height - init.height % 8), "run size %dx%d", W, H);
    /* a small run size keeps each input fast; the sides it asks differ from the image's */
    W = 8 + (int)(sum % 5) * 8;
    H = 8 + (int)(sum / 5 % 5) * 8;
    for (m = 0; m < sizeof modes / sizeof modes[0]; m++) {
        r = sd__fit_image(&env, "init image", &init, modes[m], W, H, &owned, &fitted);
        if (modes[m] == SD_RESIZE_NONE && (init.width != W || init.height != H))
            FUZZ_CHECK(r == SD_ERR_INVALID_ARGUMENT, "resize none fitted a %dx%d image to %dx%d", init.width, init.height, W, H);
        else
            FUZZ_CHECK(r == SD_OK && fitted.width == W && fitted.height == H, "mode %d: %d %s", (int)modes[m], (int)r, env.message);
        if (r == SD_OK)
            for (i = 0; i < (size_t)W * (size_t)H * 3; i++) sum += fitted.pixels[i];
        sd__free(&env, owned);
    }
    stbi_image_free(pixels);
    FUZZ_CHECK(env.host_bytes == 0, "%lu bytes leaked", (unsigned long)env.host_bytes);
}
