// The C twin of cdylib/layouts: the same structs, laid out by the C compiler's own tools
// (bit fields, a packed attribute, _Alignas), and the same functions.
#include <math.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define ERR_NULL -1
#define ERR_TOO_SMALL -2
#define ERR_INVALID -3
#define ERR_MISALIGNED -4
#define ERR_OUT_OF_RANGE -5
#define ERR_OVERFLOW -6

// ANCHOR: Rgb565
// C has bit fields: the compiler does the shifting and masking. GCC and Clang on x86-64
// and ARM give the first field the lowest bits of the 16-bit unit.
typedef struct {
    uint16_t blue : 5;
    uint16_t green : 6;
    uint16_t red : 5;
} Rgb565;

uint16_t rgb565_pack(uint8_t red, uint8_t green, uint8_t blue) {
    Rgb565 pixel = {.blue = blue >> 3, .green = green >> 2, .red = red >> 3};
    uint16_t bits;
    memcpy(&bits, &pixel, sizeof bits);  // the struct's 2 bytes, returned as a uint16_t
    return bits;
}

#define RGB888_NULL 0xFFFFFFFFu

uint32_t rgb565_to_rgb888(const Rgb565 *pixel) {
    if (pixel == NULL) {
        return RGB888_NULL;
    }
    uint32_t r = pixel->red, g = pixel->green, b = pixel->blue;
    return ((r << 3 | r >> 2) << 16) | ((g << 2 | g >> 4) << 8) | (b << 3 | b >> 2);
}
// ANCHOR_END: Rgb565

typedef struct {
    float lo;
    float hi;
} Range;

typedef struct {
    char label[6];
    Range range;
    uint32_t counts[4];
    uint64_t total;
} Histogram;

int histogram_init(Histogram *h, const char *label, float lo, float hi) {
    if (h == NULL || label == NULL) {
        return ERR_NULL;
    }
    if (strlen(label) >= sizeof h->label) {
        return ERR_TOO_SMALL;
    }
    if (!(isfinite(lo) && isfinite(hi) && lo < hi)) {
        return ERR_INVALID;
    }
    memset(h, 0, sizeof *h);
    strcpy(h->label, label);
    h->range.lo = lo;
    h->range.hi = hi;
    return 0;
}

int histogram_add(Histogram *h, const float *values, size_t n) {
    if (h == NULL) {
        return ERR_NULL;
    }
    if (n == 0) {
        return 0;
    }
    if (values == NULL) {
        return ERR_NULL;
    }
    float lo = h->range.lo, hi = h->range.hi;
    if (!(isfinite(lo) && isfinite(hi) && lo < hi)) {
        return ERR_INVALID;
    }
    uint32_t counts[4];
    memcpy(counts, h->counts, sizeof counts);
    for (size_t i = 0; i < n; i++) {
        float v = values[i];
        if (v >= lo && v < hi) {
            size_t bucket = (size_t)((v - lo) / (hi - lo) * 4.0f);
            bucket = bucket > 3 ? 3 : bucket;
            if (counts[bucket] == UINT32_MAX) {
                return ERR_OVERFLOW;
            }
            counts[bucket]++;
        }
    }
    if (n > UINT64_MAX - h->total) {
        return ERR_OVERFLOW;
    }
    memcpy(h->counts, counts, sizeof counts);
    h->total += n;
    return 0;
}

// ANCHOR: BmpFileHeader
typedef struct __attribute__((packed)) {  // no standard C spelling: every compiler has its own
    uint8_t magic[2];
    uint32_t file_size;
    uint16_t reserved[2];
    uint32_t pixel_offset;
} BmpFileHeader;
// ANCHOR_END: BmpFileHeader

int bmp_file_header(uint32_t width, uint32_t height, BmpFileHeader *out) {
    if (out == NULL) {
        return ERR_NULL;
    }
    uint64_t row = ((uint64_t)width * 3 + 3) / 4 * 4;
    uint64_t size = 14 + 40 + row * height;
    if (size > UINT32_MAX) {
        return ERR_OVERFLOW;
    }
    // The fields are stored as this machine stores integers; the format wants little-endian,
    // which x86-64 and ARM are (htole32 from <endian.h> would convert elsewhere).
    BmpFileHeader header = {{'B', 'M'}, (uint32_t)size, {0, 0}, 54};
    *out = header;
    return 0;
}

int64_t bmp_pixel_bytes(const BmpFileHeader *header) {
    if (header == NULL) {
        return ERR_NULL;
    }
    uint32_t size = header->file_size, offset = header->pixel_offset;  // unaligned reads
    if (header->magic[0] != 'B' || header->magic[1] != 'M' || offset > size) {
        return ERR_INVALID;
    }
    return (int64_t)size - offset;
}

// ANCHOR: PaddedCounter
typedef struct {
    alignas(64) uint64_t value;  // C11: the member's alignment, and so the struct's, is 64
} PaddedCounter;
// ANCHOR_END: PaddedCounter

int padded_counter_add(PaddedCounter *counters, size_t n, size_t index, uint64_t amount) {
    if (counters == NULL) {
        return ERR_NULL;
    }
    if ((uintptr_t)counters % alignof(PaddedCounter) != 0) {
        return ERR_MISALIGNED;
    }
    if (index >= n) {
        return ERR_OUT_OF_RANGE;
    }
    if (counters[index].value > UINT64_MAX - amount) {
        return ERR_OVERFLOW;
    }
    counters[index].value += amount;
    return 0;
}

// ANCHOR: png_header
#define PNG_HEADER_SIZE 33

static void put_be32(uint8_t *out, uint32_t v) {  // most significant byte first
    out[0] = v >> 24;
    out[1] = v >> 16;
    out[2] = v >> 8;
    out[3] = v;
}
// ANCHOR_END: png_header

static uint32_t crc32(const uint8_t *bytes, size_t n) {
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        crc ^= bytes[i];
        for (int bit = 0; bit < 8; bit++) {
            crc = (crc >> 1) ^ (0xEDB88320u & -(crc & 1));
        }
    }
    return ~crc;
}

static int valid_depth(uint8_t color_type, uint8_t bit_depth) {
    switch (color_type) {
    case 0:
        return bit_depth == 1 || bit_depth == 2 || bit_depth == 4 || bit_depth == 8 ||
               bit_depth == 16;
    case 3:
        return bit_depth == 1 || bit_depth == 2 || bit_depth == 4 || bit_depth == 8;
    case 2:
    case 4:
    case 6:
        return bit_depth == 8 || bit_depth == 16;
    default:
        return 0;
    }
}

int png_header(uint32_t width, uint32_t height, uint8_t bit_depth, uint8_t color_type,
               uint8_t *out, size_t capacity) {
    if (out == NULL) {
        return ERR_NULL;
    }
    if (capacity < PNG_HEADER_SIZE) {
        return ERR_TOO_SMALL;
    }
    if (width == 0 || width > 0x7FFFFFFF || height == 0 || height > 0x7FFFFFFF ||
        !valid_depth(color_type, bit_depth)) {
        return ERR_INVALID;
    }
    memcpy(out, "\x89PNG\r\n\x1a\n", 8);
    put_be32(out + 8, 13);
    memcpy(out + 12, "IHDR", 4);
    put_be32(out + 16, width);
    put_be32(out + 20, height);
    uint8_t rest[5] = {bit_depth, color_type, 0, 0, 0};
    memcpy(out + 24, rest, 5);
    put_be32(out + 29, crc32(out + 12, 17));
    return PNG_HEADER_SIZE;
}

// ANCHOR: layout_queries
#define LAYOUT_UNKNOWN -1

ptrdiff_t layout_sizeof(const char *type_name) {
    if (type_name == NULL) {
        return LAYOUT_UNKNOWN;
    }
    if (strcmp(type_name, "Rgb565") == 0) return sizeof(Rgb565);
    if (strcmp(type_name, "Range") == 0) return sizeof(Range);
    if (strcmp(type_name, "Histogram") == 0) return sizeof(Histogram);
    if (strcmp(type_name, "BmpFileHeader") == 0) return sizeof(BmpFileHeader);
    if (strcmp(type_name, "PaddedCounter") == 0) return sizeof(PaddedCounter);
    return LAYOUT_UNKNOWN;
}
// ANCHOR_END: layout_queries

ptrdiff_t layout_alignof(const char *type_name) {
    if (type_name == NULL) {
        return LAYOUT_UNKNOWN;
    }
    if (strcmp(type_name, "Rgb565") == 0) return alignof(Rgb565);
    if (strcmp(type_name, "Range") == 0) return alignof(Range);
    if (strcmp(type_name, "Histogram") == 0) return alignof(Histogram);
    if (strcmp(type_name, "BmpFileHeader") == 0) return alignof(BmpFileHeader);
    if (strcmp(type_name, "PaddedCounter") == 0) return alignof(PaddedCounter);
    return LAYOUT_UNKNOWN;
}

#define FIELD(type, field)                                                                \
    if (strcmp(type_name, #type) == 0 && strcmp(field_name, #field) == 0) {               \
        return offsetof(type, field);                                                     \
    }

ptrdiff_t layout_offsetof(const char *type_name, const char *field_name) {
    if (type_name == NULL || field_name == NULL) {
        return LAYOUT_UNKNOWN;
    }
    FIELD(Range, lo)
    FIELD(Range, hi)
    FIELD(Histogram, label)
    FIELD(Histogram, range)
    FIELD(Histogram, range.hi)
    FIELD(Histogram, counts)
    FIELD(Histogram, total)
    FIELD(BmpFileHeader, magic)
    FIELD(BmpFileHeader, file_size)
    FIELD(BmpFileHeader, reserved)
    FIELD(BmpFileHeader, pixel_offset)
    FIELD(PaddedCounter, value)
    return LAYOUT_UNKNOWN;  // offsetof cannot name a bit field: Rgb565 has no offsets
}
