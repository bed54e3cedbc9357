/* Replays fuzz inputs through a target without libFuzzer, so any C compiler (and any sanitizer)
   can run the corpora:  replay TARGET FILE|DIR...  (a folder's files in name order).
   Each input is read into a buffer of exactly its size, so reads past it are caught. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static int replay_file(const char *path) {
    FILE *f = fopen(path, "rb");
    unsigned char *data;
    long size;
    if (!f || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        fprintf(stderr, "replay: cannot read %s\n", path);
        if (f) fclose(f);
        return 0;
    }
    data = (unsigned char *)malloc(size ? (size_t)size : 1);
    if (!data || fread(data, 1, (size_t)size, f) != (size_t)size) {
        fprintf(stderr, "replay: cannot read %s\n", path);
        free(data);
        fclose(f);
        return 0;
    }
    fclose(f);
    LLVMFuzzerTestOneInput(data, (size_t)size);
    free(data);
    return 1;
}

static int replay_compare(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Replays every regular file of a folder in name order; returns the count, or -1 on failure. */
static int replay_folder(const char *dir) {
    DIR *d = opendir(dir);
    struct dirent *e;
    char **paths = NULL;
    size_t count = 0, i;
    int done = 0, failed = 0;
    if (!d) return -1;
    while ((e = readdir(d)) != NULL) {
        struct stat st;
        char *path;
        char **grown;
        if (e->d_name[0] == '.') continue;
        path = (char *)malloc(strlen(dir) + strlen(e->d_name) + 2);
        grown = (char **)realloc(paths, (count + 1) * sizeof *paths);
        if (!path || !grown) {
            free(path);
            free(grown ? grown : paths);
            closedir(d);
            return -1;
        }
        paths = grown;
        sprintf(path, "%s/%s", dir, e->d_name);
        if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) paths[count++] = path;
        else free(path);
    }
    closedir(d);
    qsort(paths, count, sizeof *paths, replay_compare);
    for (i = 0; i < count; i++) {
        if (replay_file(paths[i])) done++;
        else failed = 1;
        free(paths[i]);
    }
    free(paths);
    return failed ? -1 : done;
}

int main(int argc, char **argv) {
    int i, total = 0;
    struct stat st;
    if (argc < 3) {
        fprintf(stderr, "usage: %s TARGET FILE|DIR...\n", argv[0]);
        return 2;
    }
    if (setenv("SD_FUZZ_TARGET", argv[1], 1) != 0) return 2;
    LLVMFuzzerInitialize(&argc, &argv);
    for (i = 2; i < argc; i++) {
        int n = stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode) ? replay_folder(argv[i]) : replay_file(argv[i]);
        if (n < 0) {
            fprintf(stderr, "replay: cannot read %s\n", argv[i]);
            return 1;
        }
        total += n;
    }
    printf("replay %s: %d inputs, no failure\n", argv[1], total);
    return 0;
}
