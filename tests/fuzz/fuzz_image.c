/* Target "image": an image file as the CLI reads it. First as --from-png reads it: the parameters
   text of a PNG, or the EXIF UserComment of a JPEG or a WebP (cli/sd.c's own parsers). Then as an
   init image: stb_image configured by cli/sd.c (PNG only, sides up to SD_MAX_DIM), decoded from
   memory as RGB, then the library's init-image checks. Every decoded pixel and every byte of the
   text are read, so the sanitizers see the whole buffers. */
static void fuzz_image(const unsigned char *data, size_t size) {
    sd__env env = fuzz_env();
    sd_params params;
    sd_image init;
    unsigned char *pixels;
    unsigned sum = 0;
    size_t i;
    int channels = 0, fits;
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
    fits = init.width % 8 == 0 && init.height % 8 == 0 && init.width >= 8 && init.height >= 8;
    memset(&params, 0, sizeof params);
    r = sd__check_init_image(&env, &params, &init);
    FUZZ_CHECK(r == (fits ? SD_OK : SD_ERR_INVALID_ARGUMENT), "%dx%d (pixel sum %u): %d %s", init.width, init.height, sum, (int)r,
               env.message);
    params.width = init.width; /* what the CLI passes */
    params.height = init.height;
    FUZZ_CHECK(sd__check_init_image(&env, &params, &init) == r, "the explicit size changed the answer");
    params.width = init.width + 8;
    FUZZ_CHECK(sd__check_init_image(&env, &params, &init) == SD_ERR_INVALID_ARGUMENT, "a size that is not the image's passed");
    stbi_image_free(pixels);
    FUZZ_CHECK(env.host_bytes == 0, "%lu bytes leaked", (unsigned long)env.host_bytes);
}
