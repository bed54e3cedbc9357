/* sd: the command-line interface of sd_single.h. */
#define SD_IMPLEMENTATION
#include "sd_single.h"
#include <stdio.h>

int main(void) {
    printf("sd %s\n", sd_version());
    return 0;
}
