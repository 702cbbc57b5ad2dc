#ifndef TYPE_TABLE_H
#define TYPE_TABLE_H

/* Generated from src/lib.rs by cbindgen (`just headers`). Do not edit. */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// ANCHOR: C_CHAR_IS_SIGNED
// Whether plain C `char` is signed on this platform (it is on x86_64 Linux, and not on
// aarch64 Linux, where `c_char` is `u8`).
extern const bool C_CHAR_IS_SIGNED;
// ANCHOR_END: C_CHAR_IS_SIGNED

// ANCHOR: SIZE_OF_C_BOOL
extern const size_t SIZE_OF_C_BOOL;
// ANCHOR_END: SIZE_OF_C_BOOL

// ANCHOR: ALIGN_OF_C_BOOL
extern const size_t ALIGN_OF_C_BOOL;
// ANCHOR_END: ALIGN_OF_C_BOOL

// ANCHOR: SIZE_OF_C_CHAR
extern const size_t SIZE_OF_C_CHAR;
// ANCHOR_END: SIZE_OF_C_CHAR

// ANCHOR: ALIGN_OF_C_CHAR
extern const size_t ALIGN_OF_C_CHAR;
// ANCHOR_END: ALIGN_OF_C_CHAR

// ANCHOR: SIZE_OF_C_WCHAR
extern const size_t SIZE_OF_C_WCHAR;
// ANCHOR_END: SIZE_OF_C_WCHAR

// ANCHOR: ALIGN_OF_C_WCHAR
extern const size_t ALIGN_OF_C_WCHAR;
// ANCHOR_END: ALIGN_OF_C_WCHAR

// ANCHOR: SIZE_OF_C_BYTE
extern const size_t SIZE_OF_C_BYTE;
// ANCHOR_END: SIZE_OF_C_BYTE

// ANCHOR: ALIGN_OF_C_BYTE
extern const size_t ALIGN_OF_C_BYTE;
// ANCHOR_END: ALIGN_OF_C_BYTE

// ANCHOR: SIZE_OF_C_UBYTE
extern const size_t SIZE_OF_C_UBYTE;
// ANCHOR_END: SIZE_OF_C_UBYTE

// ANCHOR: ALIGN_OF_C_UBYTE
extern const size_t ALIGN_OF_C_UBYTE;
// ANCHOR_END: ALIGN_OF_C_UBYTE

// ANCHOR: SIZE_OF_C_SHORT
extern const size_t SIZE_OF_C_SHORT;
// ANCHOR_END: SIZE_OF_C_SHORT

// ANCHOR: ALIGN_OF_C_SHORT
extern const size_t ALIGN_OF_C_SHORT;
// ANCHOR_END: ALIGN_OF_C_SHORT

// ANCHOR: SIZE_OF_C_USHORT
extern const size_t SIZE_OF_C_USHORT;
// ANCHOR_END: SIZE_OF_C_USHORT

// ANCHOR: ALIGN_OF_C_USHORT
extern const size_t ALIGN_OF_C_USHORT;
// ANCHOR_END: ALIGN_OF_C_USHORT

// ANCHOR: SIZE_OF_C_INT
extern const size_t SIZE_OF_C_INT;
// ANCHOR_END: SIZE_OF_C_INT

// ANCHOR: ALIGN_OF_C_INT
extern const size_t ALIGN_OF_C_INT;
// ANCHOR_END: ALIGN_OF_C_INT

// ANCHOR: SIZE_OF_C_UINT
extern const size_t SIZE_OF_C_UINT;
// ANCHOR_END: SIZE_OF_C_UINT

// ANCHOR: ALIGN_OF_C_UINT
extern const size_t ALIGN_OF_C_UINT;
// ANCHOR_END: ALIGN_OF_C_UINT

// ANCHOR: SIZE_OF_C_LONG
extern const size_t SIZE_OF_C_LONG;
// ANCHOR_END: SIZE_OF_C_LONG

// ANCHOR: ALIGN_OF_C_LONG
extern const size_t ALIGN_OF_C_LONG;
// ANCHOR_END: ALIGN_OF_C_LONG

// ANCHOR: SIZE_OF_C_ULONG
extern const size_t SIZE_OF_C_ULONG;
// ANCHOR_END: SIZE_OF_C_ULONG

// ANCHOR: ALIGN_OF_C_ULONG
extern const size_t ALIGN_OF_C_ULONG;
// ANCHOR_END: ALIGN_OF_C_ULONG

// ANCHOR: SIZE_OF_C_LONGLONG
extern const size_t SIZE_OF_C_LONGLONG;
// ANCHOR_END: SIZE_OF_C_LONGLONG

// ANCHOR: ALIGN_OF_C_LONGLONG
extern const size_t ALIGN_OF_C_LONGLONG;
// ANCHOR_END: ALIGN_OF_C_LONGLONG

// ANCHOR: SIZE_OF_C_ULONGLONG
extern const size_t SIZE_OF_C_ULONGLONG;
// ANCHOR_END: SIZE_OF_C_ULONGLONG

// ANCHOR: ALIGN_OF_C_ULONGLONG
extern const size_t ALIGN_OF_C_ULONGLONG;
// ANCHOR_END: ALIGN_OF_C_ULONGLONG

// ANCHOR: SIZE_OF_C_INT8
extern const size_t SIZE_OF_C_INT8;
// ANCHOR_END: SIZE_OF_C_INT8

// ANCHOR: ALIGN_OF_C_INT8
extern const size_t ALIGN_OF_C_INT8;
// ANCHOR_END: ALIGN_OF_C_INT8

// ANCHOR: SIZE_OF_C_UINT8
extern const size_t SIZE_OF_C_UINT8;
// ANCHOR_END: SIZE_OF_C_UINT8

// ANCHOR: ALIGN_OF_C_UINT8
extern const size_t ALIGN_OF_C_UINT8;
// ANCHOR_END: ALIGN_OF_C_UINT8

// ANCHOR: SIZE_OF_C_INT16
extern const size_t SIZE_OF_C_INT16;
// ANCHOR_END: SIZE_OF_C_INT16

// ANCHOR: ALIGN_OF_C_INT16
extern const size_t ALIGN_OF_C_INT16;
// ANCHOR_END: ALIGN_OF_C_INT16

// ANCHOR: SIZE_OF_C_UINT16
extern const size_t SIZE_OF_C_UINT16;
// ANCHOR_END: SIZE_OF_C_UINT16

// ANCHOR: ALIGN_OF_C_UINT16
extern const size_t ALIGN_OF_C_UINT16;
// ANCHOR_END: ALIGN_OF_C_UINT16

// ANCHOR: SIZE_OF_C_INT32
extern const size_t SIZE_OF_C_INT32;
// ANCHOR_END: SIZE_OF_C_INT32

// ANCHOR: ALIGN_OF_C_INT32
extern const size_t ALIGN_OF_C_INT32;
// ANCHOR_END: ALIGN_OF_C_INT32

// ANCHOR: SIZE_OF_C_UINT32
extern const size_t SIZE_OF_C_UINT32;
// ANCHOR_END: SIZE_OF_C_UINT32

// ANCHOR: ALIGN_OF_C_UINT32
extern const size_t ALIGN_OF_C_UINT32;
// ANCHOR_END: ALIGN_OF_C_UINT32

// ANCHOR: SIZE_OF_C_INT64
extern const size_t SIZE_OF_C_INT64;
// ANCHOR_END: SIZE_OF_C_INT64

// ANCHOR: ALIGN_OF_C_INT64
extern const size_t ALIGN_OF_C_INT64;
// ANCHOR_END: ALIGN_OF_C_INT64

// ANCHOR: SIZE_OF_C_UINT64
extern const size_t SIZE_OF_C_UINT64;
// ANCHOR_END: SIZE_OF_C_UINT64

// ANCHOR: ALIGN_OF_C_UINT64
extern const size_t ALIGN_OF_C_UINT64;
// ANCHOR_END: ALIGN_OF_C_UINT64

// ANCHOR: SIZE_OF_C_SIZE_T
extern const size_t SIZE_OF_C_SIZE_T;
// ANCHOR_END: SIZE_OF_C_SIZE_T

// ANCHOR: ALIGN_OF_C_SIZE_T
extern const size_t ALIGN_OF_C_SIZE_T;
// ANCHOR_END: ALIGN_OF_C_SIZE_T

// ANCHOR: SIZE_OF_C_SSIZE_T
extern const size_t SIZE_OF_C_SSIZE_T;
// ANCHOR_END: SIZE_OF_C_SSIZE_T

// ANCHOR: ALIGN_OF_C_SSIZE_T
extern const size_t ALIGN_OF_C_SSIZE_T;
// ANCHOR_END: ALIGN_OF_C_SSIZE_T

// ANCHOR: SIZE_OF_C_FLOAT
extern const size_t SIZE_OF_C_FLOAT;
// ANCHOR_END: SIZE_OF_C_FLOAT

// ANCHOR: ALIGN_OF_C_FLOAT
extern const size_t ALIGN_OF_C_FLOAT;
// ANCHOR_END: ALIGN_OF_C_FLOAT

// ANCHOR: SIZE_OF_C_DOUBLE
extern const size_t SIZE_OF_C_DOUBLE;
// ANCHOR_END: SIZE_OF_C_DOUBLE

// ANCHOR: ALIGN_OF_C_DOUBLE
extern const size_t ALIGN_OF_C_DOUBLE;
// ANCHOR_END: ALIGN_OF_C_DOUBLE

// ANCHOR: SIZE_OF_C_CHAR_P
extern const size_t SIZE_OF_C_CHAR_P;
// ANCHOR_END: SIZE_OF_C_CHAR_P

// ANCHOR: ALIGN_OF_C_CHAR_P
extern const size_t ALIGN_OF_C_CHAR_P;
// ANCHOR_END: ALIGN_OF_C_CHAR_P

// ANCHOR: SIZE_OF_C_WCHAR_P
extern const size_t SIZE_OF_C_WCHAR_P;
// ANCHOR_END: SIZE_OF_C_WCHAR_P

// ANCHOR: ALIGN_OF_C_WCHAR_P
extern const size_t ALIGN_OF_C_WCHAR_P;
// ANCHOR_END: ALIGN_OF_C_WCHAR_P

// ANCHOR: SIZE_OF_C_VOID_P
extern const size_t SIZE_OF_C_VOID_P;
// ANCHOR_END: SIZE_OF_C_VOID_P

// ANCHOR: ALIGN_OF_C_VOID_P
extern const size_t ALIGN_OF_C_VOID_P;
// ANCHOR_END: ALIGN_OF_C_VOID_P

// ANCHOR: identity_c_bool
bool identity_c_bool(bool x);
// ANCHOR_END: identity_c_bool

// ANCHOR: identity_c_char
char identity_c_char(char x);
// ANCHOR_END: identity_c_char

// ANCHOR: identity_c_wchar
wchar_t identity_c_wchar(wchar_t x);
// ANCHOR_END: identity_c_wchar

// ANCHOR: identity_c_byte
signed char identity_c_byte(signed char x);
// ANCHOR_END: identity_c_byte

// ANCHOR: identity_c_ubyte
unsigned char identity_c_ubyte(unsigned char x);
// ANCHOR_END: identity_c_ubyte

// ANCHOR: identity_c_short
short identity_c_short(short x);
// ANCHOR_END: identity_c_short

// ANCHOR: identity_c_ushort
unsigned short identity_c_ushort(unsigned short x);
// ANCHOR_END: identity_c_ushort

// ANCHOR: identity_c_int
int identity_c_int(int x);
// ANCHOR_END: identity_c_int

// ANCHOR: identity_c_uint
unsigned int identity_c_uint(unsigned int x);
// ANCHOR_END: identity_c_uint

// ANCHOR: identity_c_long
long identity_c_long(long x);
// ANCHOR_END: identity_c_long

// ANCHOR: identity_c_ulong
unsigned long identity_c_ulong(unsigned long x);
// ANCHOR_END: identity_c_ulong

// ANCHOR: identity_c_longlong
long long identity_c_longlong(long long x);
// ANCHOR_END: identity_c_longlong

// ANCHOR: identity_c_ulonglong
unsigned long long identity_c_ulonglong(unsigned long long x);
// ANCHOR_END: identity_c_ulonglong

// ANCHOR: identity_c_int8
int8_t identity_c_int8(int8_t x);
// ANCHOR_END: identity_c_int8

// ANCHOR: identity_c_uint8
uint8_t identity_c_uint8(uint8_t x);
// ANCHOR_END: identity_c_uint8

// ANCHOR: identity_c_int16
int16_t identity_c_int16(int16_t x);
// ANCHOR_END: identity_c_int16

// ANCHOR: identity_c_uint16
uint16_t identity_c_uint16(uint16_t x);
// ANCHOR_END: identity_c_uint16

// ANCHOR: identity_c_int32
int32_t identity_c_int32(int32_t x);
// ANCHOR_END: identity_c_int32

// ANCHOR: identity_c_uint32
uint32_t identity_c_uint32(uint32_t x);
// ANCHOR_END: identity_c_uint32

// ANCHOR: identity_c_int64
int64_t identity_c_int64(int64_t x);
// ANCHOR_END: identity_c_int64

// ANCHOR: identity_c_uint64
uint64_t identity_c_uint64(uint64_t x);
// ANCHOR_END: identity_c_uint64

// ANCHOR: identity_c_size_t
size_t identity_c_size_t(size_t x);
// ANCHOR_END: identity_c_size_t

// ANCHOR: identity_c_ssize_t
ptrdiff_t identity_c_ssize_t(ptrdiff_t x);
// ANCHOR_END: identity_c_ssize_t

// ANCHOR: identity_c_float
float identity_c_float(float x);
// ANCHOR_END: identity_c_float

// ANCHOR: identity_c_double
double identity_c_double(double x);
// ANCHOR_END: identity_c_double

// ANCHOR: identity_c_char_p
const char *identity_c_char_p(const char *x);
// ANCHOR_END: identity_c_char_p

// ANCHOR: identity_c_wchar_p
const wchar_t *identity_c_wchar_p(const wchar_t *x);
// ANCHOR_END: identity_c_wchar_p

// ANCHOR: identity_c_void_p
void *identity_c_void_p(void *x);
// ANCHOR_END: identity_c_void_p

#endif  /* TYPE_TABLE_H */
