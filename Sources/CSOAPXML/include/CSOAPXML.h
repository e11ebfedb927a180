// A small, prefixed C API over libxml2 for the SOAP packages.
//
// Swift imports only this header, never libxml2's (see Sources/CLibXML2/module.modulemap for why).
// Every parser made here is hardened the same way:
//   * a document type declaration (<!DOCTYPE ...>) stops the parse with SOAPXML_STATUS_DOCTYPE_FORBIDDEN
//     before any of its entity declarations are read, so no entity is ever expanded;
//   * no external entity, DTD or XInclude is loaded and the network is never touched (XML_PARSE_NONET);
//   * element nesting deeper than the caller's limit stops the parse with SOAPXML_STATUS_TOO_DEEP;
//   * errors are collected per parser through libxml2's structured error hook and never printed.
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

/// Kind of a node in a parsed document.
typedef enum soapxml_node_kind {
    SOAPXML_NODE_ELEMENT = 1,
    SOAPXML_NODE_TEXT = 2,
    SOAPXML_NODE_CDATA = 3,
    SOAPXML_NODE_OTHER = 4,
} soapxml_node_kind;

/// An incremental (push) parser that builds a document. Owned by the caller: free it with
/// `soapxml_parser_free`.
typedef struct soapxml_parser soapxml_parser;
/// A parsed document. Owned by the caller: free it with `soapxml_document_free`.
typedef struct soapxml_document soapxml_document;
/// A node of a document; borrowed, valid while its document lives.
typedef struct soapxml_node soapxml_node;
/// An attribute of an element; borrowed, valid while its document lives.
typedef struct soapxml_attribute soapxml_attribute;
/// A namespace declaration (`xmlns` or `xmlns:p`) on an element; borrowed, valid while its document lives.
typedef struct soapxml_namespace soapxml_namespace;

/// Creates a parser. `document_name` is used in error messages; `encoding` (an IANA name such as
/// "windows-1251") overrides the XML declaration when not NULL; `max_depth` limits element nesting
/// (0 means libxml2's own limit). Returns NULL when out of memory or when `encoding` is unknown.
soapxml_parser *_Nullable soapxml_parser_create(const char *_Nullable document_name,
                                                const char *_Nullable encoding,
                                                unsigned int max_depth);

/// Feeds the next `length` bytes. Returns the parser's status: once it is not OK, the parse is over.
soapxml_status soapxml_parser_feed(soapxml_parser *parser, const void *_Nullable bytes, size_t length);

/// Ends the input and, on success, hands the document over to the caller (NULL on failure, and then
/// `soapxml_parser_status` says why). A parser can be finished once.
soapxml_document *_Nullable soapxml_parser_finish(soapxml_parser *parser);

/// The parser's status so far.
soapxml_status soapxml_parser_status(const soapxml_parser *parser);
/// The first error's message (UTF-8, no trailing newline), or NULL when there was none.
const char *_Nullable soapxml_parser_error_message(const soapxml_parser *parser);
/// The first error's line (1-based; 0 when unknown).
int soapxml_parser_error_line(const soapxml_parser *parser);
/// The first error's column (1-based; 0 when unknown).
int soapxml_parser_error_column(const soapxml_parser *parser);

void soapxml_parser_free(soapxml_parser *parser);

void soapxml_document_free(soapxml_document *document);
/// The document's root element.
const soapxml_node *_Nullable soapxml_document_root(const soapxml_document *document);

soapxml_node_kind soapxml_node_get_kind(const soapxml_node *node);
const soapxml_node *_Nullable soapxml_node_first_child(const soapxml_node *node);
const soapxml_node *_Nullable soapxml_node_next_sibling(const soapxml_node *node);
/// An element's local name (UTF-8).
const char *_Nullable soapxml_node_local_name(const soapxml_node *node);
/// An element's namespace URI, or NULL when unqualified.
const char *_Nullable soapxml_node_namespace_uri(const soapxml_node *node);
/// An element's namespace prefix, or NULL when it has none.
const char *_Nullable soapxml_node_prefix(const soapxml_node *node);
/// A text or CDATA node's content (UTF-8), or NULL for other kinds.
const char *_Nullable soapxml_node_text(const soapxml_node *node);
/// The line a node starts on (1-based; 0 when unknown).
long soapxml_node_line(const soapxml_node *node);

const soapxml_attribute *_Nullable soapxml_node_first_attribute(const soapxml_node *node);
const soapxml_attribute *_Nullable soapxml_attribute_next(const soapxml_attribute *attribute);
const char *_Nullable soapxml_attribute_local_name(const soapxml_attribute *attribute);
const char *_Nullable soapxml_attribute_namespace_uri(const soapxml_attribute *attribute);
/// The attribute's value when it is a single text run (always the case without a DTD), else NULL.
const char *_Nullable soapxml_attribute_value(const soapxml_attribute *attribute);

const soapxml_namespace *_Nullable soapxml_node_first_namespace_declaration(const soapxml_node *node);
const soapxml_namespace *_Nullable soapxml_namespace_next(const soapxml_namespace *declaration);
/// The declared prefix, or NULL for a default namespace declaration.
const char *_Nullable soapxml_namespace_prefix(const soapxml_namespace *declaration);
const char *_Nullable soapxml_namespace_uri(const soapxml_namespace *declaration);

#ifdef __cplusplus
}
#endif

#pragma clang assume_nonnull end

#endif
