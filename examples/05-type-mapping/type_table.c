// The C twin of cdylib/type_table: the same SIZE_OF_*, ALIGN_OF_* and identity_* symbols,
// written with a macro (C's preprocessor writes the 28 rows; the Rust crate spells them out).
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <wchar.h>

#define ROW(NAME, UPPER, TYPE)                                      \
    const size_t SIZE_OF_##UPPER = sizeof(TYPE);                    \
    const size_t ALIGN_OF_##UPPER = _Alignof(TYPE);                 \
    TYPE identity_##NAME(TYPE x) { return x; }

const bool C_CHAR_IS_SIGNED = (char)-1 < 0;

ROW(c_bool, C_BOOL, bool)
ROW(c_char, C_CHAR, char)
ROW(c_wchar, C_WCHAR, wchar_t)
ROW(c_byte, C_BYTE, signed char)
ROW(c_ubyte, C_UBYTE, unsigned char)
ROW(c_short, C_SHORT, short)
ROW(c_ushort, C_USHORT, unsigned short)
ROW(c_int, C_INT, int)
ROW(c_uint, C_UINT, unsigned int)
ROW(c_long, C_LONG, long)
ROW(c_ulong, C_ULONG, unsigned long)
ROW(c_longlong, C_LONGLONG, long long)
ROW(c_ulonglong, C_ULONGLONG, unsigned long long)
ROW(c_int8, C_INT8, int8_t)
ROW(c_uint8, C_UINT8, uint8_t)
ROW(c_int16, C_INT16, int16_t)
ROW(c_uint16, C_UINT16, uint16_t)
ROW(c_int32, C_INT32, int32_t)
ROW(c_uint32, C_UINT32, uint32_t)
ROW(c_int64, C_INT64, int64_t)
ROW(c_uint64, C_UINT64, uint64_t)
ROW(c_size_t, C_SIZE_T, size_t)
ROW(c_ssize_t, C_SSIZE_T, ssize_t)
ROW(c_float, C_FLOAT, float)
ROW(c_double, C_DOUBLE, double)
ROW(c_char_p, C_CHAR_P, const char *)
ROW(c_wchar_p, C_WCHAR_P, const wchar_t *)
ROW(c_void_p, C_VOID_P, void *)
