/// Encodes `bytes` as a gzip member (RFC 1952) made of stored deflate blocks (RFC 1951 §3.2.4).
///
/// Nothing is compressed: the package has no zlib to link, and a stored stream is still a valid gzip stream that
/// every decoder must read, which is all a test of the client's decoding needs.
func gzipEncoded(_ bytes: [UInt8]) -> [UInt8] {
    // ID1 ID2, CM = deflate, no flags, no modification time, no extra flags, OS unknown.
    var output: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF]
    let maximumStoredBlock = 65_535
    var offset = 0
    repeat {
        let length = min(maximumStoredBlock, bytes.count - offset)
        let isFinal = offset + length == bytes.count
        // BFINAL in bit 0, BTYPE = 00 (stored); the rest of the byte is padding up to the byte boundary.
        output.append(isFinal ? 0x01 : 0x00)
        appendLittleEndian(UInt16(length), to: &output)
        appendLittleEndian(~UInt16(length), to: &output)
        output.append(contentsOf: bytes[offset..<(offset + length)])
        offset += length
    } while offset < bytes.count
    appendLittleEndian(crc32(bytes), to: &output)
    appendLittleEndian(UInt32(truncatingIfNeeded: bytes.count), to: &output)
    return output
}

private func appendLittleEndian<Integer: FixedWidthInteger>(_ value: Integer, to output: inout [UInt8]) {
    for index in 0..<(Integer.bitWidth / 8) {
        output.append(UInt8(truncatingIfNeeded: value >> (index * 8)))
    }
}

/// CRC-32 as gzip defines it (reflected polynomial 0xEDB88320).
private func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
        crc = crc32Table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
    }
    return ~crc
}

private let crc32Table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 {
        value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
    }
    return value
}
