// A small, prefixed C API over libxml2 for the SOAP packages.
//
// Swift imports only this header, never libxml2's (see Sources/CLibXML2/module.modulemap for why).
// Parsers report events (start element, end element, characters); no libxml2 tree is built. Every parser made here
// is hardened the same way:
//   * a document type declaration (<!DOCTYPE ...>) stops the parse with SOAPXML_STATUS_DOCTYPE_FORBIDDEN
//     before any of its entity declarations are read, so no entity is ever expanded;
//   * no external entity, DTD or XInclude is loaded and the network is never touched (XML_PARSE_NONET);
//   * element nesting deeper than the caller's limit stops the parse with SOAPXML_STATUS_TOO_DEEP;
//   * errors, decoding errors included, are collected per parser through libxml2's structured error hook and
//     never printed.
#ifndef CSOAPXML_H
#define CSOAPXML_H

#include <stddef.h>

#pragma clang assume_nonnull begin

#ifdef __cplusplus
extern "C" {
#endif

/// Outcome of feeding or finishing a parser.
typedef enum soapxml_status {
    SOAPXML_STATUS_OK = 0,
    SOAPXML_STATUS_MALFORMED = 1,
    SOAPXML_STATUS_DOCTYPE_FORBIDDEN = 2,
    SOAPXML_STATUS_TOO_DEEP = 3,
    SOAPXML_STATUS_OUT_OF_MEMORY = 4,
    SOAPXML_STATUS_UNSUPPORTED_ENCODING = 5,
} soapxml_status;

/// The deepest element nesting a parser accepts, whatever its caller asks for (libxml2's own ceiling).
#define SOAPXML_MAXIMUM_DEPTH 256

/// An attribute of a starting element. `value` is not NUL-terminated: it is `value_length` bytes, and an `&` in it
/// is written as the five characters `&#38;` (libxml2's form when it does not substitute entities).
typedef struct soapxml_attribute_event {
    const char *local_name;
    const char *_Nullable namespace_uri;
    const char *value;
    size_t value_length;
} soapxml_attribute_event;

/// What a parser reports while it reads, in document order. Strings are UTF-8 and valid only during the call;
/// names and namespace URIs are interned by the parser, so equal pointers mean equal strings.
typedef struct soapxml_event_handlers {
    /// An element starts. `namespaces` holds `namespace_count` (prefix or NULL, URI) pairs declared on it (an `&`
    /// in a URI is written `&#38;`); `line` is the 1-based line its start tag begins on.
    void (*start_element)(void *_Nullable context, const char *local_name, const char *_Nullable prefix,
                          const char *_Nullable namespace_uri, int namespace_count,
                          const char *_Nullable const *_Nullable namespaces, int attribute_count,
                          const soapxml_attribute_event *_Nullable attributes, long line);
    /// The element started last ends.
    void (*end_element)(void *_Nullable context);
    /// Character data inside the current element; `is_cdata` is 1 for a CDATA section (whose line ends are not
    /// normalised by libxml2's push parser).
    void (*characters)(void *_Nullable context, const char *bytes, size_t length, int is_cdata);
} soapxml_event_handlers;

/// An incremental (push) parser that reports events. Owned by the caller: free it with `soapxml_parser_free`.
typedef struct soapxml_parser soapxml_parser;

/// Creates a parser that reports to `handlers` with `handler_context`. `document_name` is used in error
/// messages; `max_depth` limits element nesting (0, or more than SOAPXML_MAXIMUM_DEPTH, means SOAPXML_MAXIMUM_DEPTH).
/// The document's encoding is the first of (XML 1.0 Appendix F): its byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
/// the `encoding` of its XML declaration, read in the family libxml2 recognises from the first bytes (UTF-16 or
/// UCS-4 without a mark, EBCDIC), which decides alone when the declaration names no encoding; `fallback_encoding`
/// (an IANA name such as "windows-1251", typically an HTTP charset) when not NULL; UTF-8. An unknown
/// `fallback_encoding` stops the parse with SOAPXML_STATUS_UNSUPPORTED_ENCODING only when the document names no
/// encoding of its own. Returns NULL only when out of memory.
soapxml_parser *_Nullable soapxml_parser_create(const char *_Nullable document_name,
                                                const char *_Nullable fallback_encoding,
                                                unsigned int max_depth,
                                                const soapxml_event_handlers *handlers,
                                                void *_Nullable handler_context);

/// Feeds the next `length` bytes. Returns the parser's status: once it is not OK, the parse is over and no
/// further event is reported.
soapxml_status soapxml_parser_feed(soapxml_parser *parser, const void *_Nullable bytes, size_t length);

/// Ends the input. Returns OK when the document was complete and well-formed. A parser can be finished once.
soapxml_status soapxml_parser_finish(soapxml_parser *parser);

/// The parser's status so far.
soapxml_status soapxml_parser_status(const soapxml_parser *parser);
/// The first error's message (UTF-8, no trailing newline), or NULL when there was none.
const char *_Nullable soapxml_parser_error_message(const soapxml_parser *parser);
/// The first error's line (1-based; 0 when unknown).
int soapxml_parser_error_line(const soapxml_parser *parser);
/// The first error's column (1-based; 0 when unknown).
int soapxml_parser_error_column(const soapxml_parser *parser);

void soapxml_parser_free(soapxml_parser *parser);

#ifdef __cplusplus
}
#endif

#pragma clang assume_nonnull end

#endif
