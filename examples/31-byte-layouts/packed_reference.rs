// A packed struct's fields can sit at any address. Rust reads them by copying, but it will
// not hand out a reference to one: every &u32 must point to a multiple of 4.

// ANCHOR: code
#[repr(C, packed)]
pub struct BmpFileHeader {
    pub magic: [u8; 2],
    pub file_size: u32, // at offset 2
    pub reserved: [u16; 2],
    pub pixel_offset: u32,
}

pub fn file_size(header: &BmpFileHeader) -> u32 {
    header.file_size // a copy of the 4 bytes: fine
}

pub fn file_size_ref(header: &BmpFileHeader) -> &u32 {
    &header.file_size // a reference to an unaligned u32: refused
}

pub fn describe(header: &BmpFileHeader) -> String {
    format!("{} bytes", header.file_size) // format! borrows its arguments: refused too
}

pub fn describe_copy(header: &BmpFileHeader) -> String {
    format!("{} bytes", { header.file_size }) // a block makes a copy first: fine
}
// ANCHOR_END: code
