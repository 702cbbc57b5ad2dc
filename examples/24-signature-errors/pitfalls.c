// The C twin of cdylib/pitfalls, with the functions this chapter uses.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

// ANCHOR: high_page
#define HIGH_ADDRESS ((void *)0x4180000000)  // 262 GiB; its low 32 bits are 0x80000000

// The library's page at HIGH_ADDRESS, mapped and filled on the first call and kept until
// the process ends; NULL if the kernel will not put it there.
static char *high_page(void) {
    static char *page = NULL;
    if (page == NULL) {
        // Without MAP_FIXED the address is a hint: nothing already mapped is replaced.
        void *got = mmap(HIGH_ADDRESS, 4096, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (got == MAP_FAILED) return NULL;
        if (got != HIGH_ADDRESS) {  // the kernel put it elsewhere
            munmap(got, 4096);
            return NULL;
        }
        page = got;
        strcpy(page, "hello from the library");
    }
    return page;
}
// ANCHOR_END: high_page

// ANCHOR: greeting
const char *greeting(void) { return high_page(); }
// ANCHOR_END: greeting

// ANCHOR: area
double area(double width, double height) { return width * height; }

int64_t kibibytes(int64_t bytes) { return bytes / 1024; }
// ANCHOR_END: area

int exported(int a, int b) { return a * b; }

