#include "CSOAPXML.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct soapxml_parser {
    xmlParserCtxtPtr context;
    soapxml_status status;
    char *error_message;
    int error_line;
    int error_column;
    unsigned int depth;
    unsigned int max_depth;
    int finished;
    // Whether a byte other than XML whitespace has been fed: tells an empty document from one without a root.
    int has_content;
    // Whether the root element has started.
    int seen_root;
    // The first bytes fed (up to four), to recognise a UTF-8 byte-order mark: libxml2 skips one without a trace.
    unsigned char head[4];
    size_t head_length;
    // The caller's charset for a document that names no encoding of its own, or NULL.
    char *fallback_encoding;
    soapxml_event_handlers handlers;
    void *handler_context;
    // The line each open element starts on, for "Premature end of data in tag X line N".
    long open_lines[SOAPXML_MAXIMUM_DEPTH + 1];
};

static pthread_once_t soapxml_init_once = PTHREAD_ONCE_INIT;

static void soapxml_initialize(void) {
    xmlInitParser();
}

static void soapxml_record(soapxml_parser *parser, soapxml_status status, const char *message, int line, int column) {
    if (parser->status != SOAPXML_STATUS_OK) {
        return;
    }
    parser->status = status;
    free(parser->error_message);
    parser->error_message = NULL;
    if (message != NULL) {
        size_t length = strlen(message);
        while (length > 0
               && (message[length - 1] == '\n' || message[length - 1] == '\r' || message[length - 1] == ' ')) {
            length -= 1;
        }
        parser->error_message = malloc(length + 1);
        if (parser->error_message != NULL) {
            memcpy(parser->error_message, message, length);
            parser->error_message[length] = '\0';
        }
    }
    parser->error_line = line;
    parser->error_column = column;
}

static soapxml_parser *soapxml_parser_of(void *user_data) {
    xmlParserCtxtPtr context = (xmlParserCtxtPtr)user_data;
    return context == NULL ? NULL : (soapxml_parser *)context->_private;
}

// libxml2's structured error hook: errors are kept on the parser, never printed.
static void soapxml_on_error(void *user_data, xmlErrorPtr error) {
    soapxml_parser *parser = soapxml_parser_of(user_data);
    if (parser == NULL || error == NULL || error->level < XML_ERR_ERROR) {
        return;
    }
    soapxml_status status = SOAPXML_STATUS_MALFORMED;
    const char *message = error->message;
    int line = error->line;
    char rewritten[320];
    xmlParserCtxtPtr context = (xmlParserCtxtPtr)user_data;
    // libxml2's push parser words two common failures confusingly: an empty document or one with text before
    // its root is "Document is empty" or "Extra content at the end of the document", and so is a document that
    // stops inside an element. Say what the ordinary libxml2 parser says instead.
    if (error->code == XML_ERR_DOCUMENT_EMPTY
        || (error->code == XML_ERR_DOCUMENT_END && parser->depth == 0 && !parser->seen_root)) {
        if (!parser->has_content) {
            message = "the document is empty";
            line = 0;
        } else {
            message = "Start tag expected, '<' not found";
        }
    } else if (error->code == XML_ERR_DOCUMENT_END && parser->depth > 0 && context->name != NULL) {
        long open_line = parser->depth <= SOAPXML_MAXIMUM_DEPTH ? parser->open_lines[parser->depth] : 0;
        snprintf(rewritten, sizeof rewritten, "Premature end of data in tag %.200s line %ld",
                 (const char *)context->name, open_line);
        message = rewritten;
    }
    if (error->code == XML_ERR_NO_MEMORY) {
        status = SOAPXML_STATUS_OUT_OF_MEMORY;
    } else if (error->code == XML_ERR_UNSUPPORTED_ENCODING || error->code == XML_ERR_UNKNOWN_ENCODING) {
        status = SOAPXML_STATUS_UNSUPPORTED_ENCODING;
    }
    soapxml_record(parser, status, message, line, error->int2);
}

// A DOCTYPE is where entity declarations live: stopping here means none is ever read or expanded.
static void soapxml_on_internal_subset(void *user_data, const xmlChar *name, const xmlChar *external_id,
                                       const xmlChar *system_id) {
    (void)name;
    (void)external_id;
    (void)system_id;
    xmlParserCtxtPtr context = (xmlParserCtxtPtr)user_data;
    soapxml_parser *parser = soapxml_parser_of(user_data);
    if (parser != NULL) {
        soapxml_record(parser, SOAPXML_STATUS_DOCTYPE_FORBIDDEN, "a document type declaration (DOCTYPE) is not allowed",
                       xmlSAX2GetLineNumber(context), xmlSAX2GetColumnNumber(context));
    }
    xmlStopParser(context);
}

static void soapxml_on_external_subset(void *user_data, const xmlChar *name, const xmlChar *external_id,
                                       const xmlChar *system_id) {
    soapxml_on_internal_subset(user_data, name, external_id, system_id);
}

static xmlEntityPtr soapxml_on_get_entity(void *user_data, const xmlChar *name) {
    (void)user_data;
    // Only the five predefined entities exist: there is never a DTD to declare others.
    return xmlGetPredefinedEntity(name);
}

static xmlParserInputPtr soapxml_on_resolve_entity(void *user_data, const xmlChar *public_id,
                                                   const xmlChar *system_id) {
    (void)user_data;
    (void)public_id;
    (void)system_id;
    return NULL;
}

// While a start tag's callback runs, the input still holds the whole tag and `cur` is at its closing `>` or `/>`;
// no raw `<` can occur inside a tag, so the nearest one before `cur` opens it.
static long soapxml_start_tag_line(xmlParserCtxtPtr context) {
    long line = context->input->line;
    const xmlChar *cursor = context->input->cur;
    while (cursor > context->input->base && *cursor != '<') {
        cursor -= 1;
        if (*cursor == '\n') {
            line -= 1;
        }
    }
    return line;
}

static void soapxml_on_start_element(void *user_data, const xmlChar *local_name, const xmlChar *prefix,
                                     const xmlChar *uri, int namespace_count, const xmlChar **namespaces,
                                     int attribute_count, int defaulted_count, const xmlChar **attributes) {
    (void)defaulted_count;
    xmlParserCtxtPtr context = (xmlParserCtxtPtr)user_data;
    soapxml_parser *parser = soapxml_parser_of(user_data);
    if (parser == NULL || parser->status != SOAPXML_STATUS_OK) {
        return;
    }
    parser->depth += 1;
    parser->seen_root = 1;
    if (parser->depth > parser->max_depth) {
        char message[96];
        snprintf(message, sizeof message, "elements are nested deeper than the limit of %u", parser->max_depth);
        soapxml_record(parser, SOAPXML_STATUS_TOO_DEEP, message, xmlSAX2GetLineNumber(context),
                       xmlSAX2GetColumnNumber(context));
        xmlStopParser(context);
        return;
    }
    // libxml2 reports the line a start tag *ends* on; elements are located where they start.
    long line = context->input != NULL ? soapxml_start_tag_line(context) : 0;
    parser->open_lines[parser->depth] = line;

    // libxml2 hands attributes as (local name, prefix, URI, value start, value end) and namespace declarations
    // as (prefix, URI) pairs; pass them on as NUL-terminated strings, on the stack for the usual few.
    soapxml_attribute_event stack_attributes[8];
    soapxml_attribute_event *events = stack_attributes;
    if (attribute_count > 8) {
        events = malloc(sizeof(soapxml_attribute_event) * (size_t)attribute_count);
        if (events == NULL) {
            soapxml_record(parser, SOAPXML_STATUS_OUT_OF_MEMORY, "out of memory", 0, 0);
            xmlStopParser(context);
            return;
        }
    }
    for (int index = 0; index < attribute_count; index += 1) {
        const xmlChar **fields = attributes + index * 5;
        events[index].local_name = (const char *)fields[0];
        events[index].namespace_uri = (const char *)fields[2];
        events[index].value = (const char *)fields[3];
        events[index].value_length = (size_t)(fields[4] - fields[3]);
    }
    parser->handlers.start_element(parser->handler_context, (const char *)local_name, (const char *)prefix,
                                   (const char *)uri, namespace_count, (const char *const *)namespaces, attribute_count,
                                   events, line);
    if (events != stack_attributes) {
        free(events);
    }
}

static void soapxml_on_end_element(void *user_data, const xmlChar *local_name, const xmlChar *prefix,
                                   const xmlChar *uri) {
    (void)local_name;
    (void)prefix;
    (void)uri;
    soapxml_parser *parser = soapxml_parser_of(user_data);
    if (parser == NULL || parser->status != SOAPXML_STATUS_OK || parser->depth == 0) {
        return;
    }
    parser->depth -= 1;
    parser->handlers.end_element(parser->handler_context);
}

static void soapxml_on_characters(void *user_data, const xmlChar *characters, int length) {
    soapxml_parser *parser = soapxml_parser_of(user_data);
    if (parser == NULL || parser->status != SOAPXML_STATUS_OK || parser->depth == 0) {
        return;
    }
    parser->handlers.characters(parser->handler_context, (const char *)characters, (size_t)length, 0);
}

static void soapxml_on_cdata(void *user_data, const xmlChar *characters, int length) {
    soapxml_parser *parser = soapxml_parser_of(user_data);
    if (parser == NULL || parser->status != SOAPXML_STATUS_OK || parser->depth == 0) {
        return;
    }
    parser->handlers.characters(parser->handler_context, (const char *)characters, (size_t)length, 1);
}

// Whether the document starts with a UTF-8 or UTF-16 byte-order mark (the ones libxml2 recognises).
static int soapxml_has_byte_order_mark(const soapxml_parser *parser) {
    const unsigned char *head = parser->head;
    return (parser->head_length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        || (parser->head_length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)));
}

// Whether the document names its own encoding: a byte-order mark (recorded here, as libxml2 skips a UTF-8 one without
// a trace), an encoding libxml2 recognised from the first bytes (UTF-16 or UCS-4 without a mark, EBCDIC), which
// leaves a decoder in place, or an `encoding` in the XML declaration.
static int soapxml_document_names_encoding(const soapxml_parser *parser, xmlParserCtxtPtr context) {
    int decoded = context->input != NULL && context->input->buf != NULL && context->input->buf->encoder != NULL;
    return soapxml_has_byte_order_mark(parser) || decoded || context->encoding != NULL;
}

// libxml2 reports the start of the document after reading its XML declaration, if any, and before anything else:
// the one point where the document has said all it will about its encoding and nothing has been decoded with a
// guess. The caller's charset applies only to a document that said nothing (XML 1.0 Appendix F; PHP's SoapClient
// and zeep trust the document too, and ignore the charset); libxml2's own ways of passing an encoding
// (xmlCtxtResetPush, xmlCtxtReadMemory, xmlSwitchEncoding before parsing) all override the document instead.
static void soapxml_on_start_document(void *user_data) {
    xmlParserCtxtPtr context = (xmlParserCtxtPtr)user_data;
    soapxml_parser *parser = soapxml_parser_of(user_data);
    if (parser == NULL || parser->status != SOAPXML_STATUS_OK || parser->fallback_encoding == NULL
        || soapxml_document_names_encoding(parser, context)) {
        return;
    }
    // UTF-8 is what libxml2 reads without a decoder.
    if (xmlParseCharEncoding(parser->fallback_encoding) == XML_CHAR_ENCODING_UTF8) {
        return;
    }
    xmlCharEncodingHandlerPtr decoder = xmlFindCharEncodingHandler(parser->fallback_encoding);
    if (decoder == NULL || xmlSwitchToEncoding(context, decoder) < 0) {
        char message[160];
        snprintf(message, sizeof message, "unsupported encoding '%.100s'", parser->fallback_encoding);
        soapxml_record(parser, SOAPXML_STATUS_UNSUPPORTED_ENCODING, message, 0, 0);
        xmlStopParser(context);
    }
}

soapxml_parser *soapxml_parser_create(const char *document_name, const char *fallback_encoding, unsigned int max_depth,
                                      const soapxml_event_handlers *handlers, void *handler_context) {
    pthread_once(&soapxml_init_once, soapxml_initialize);

    soapxml_parser *parser = calloc(1, sizeof *parser);
    if (parser == NULL) {
        return NULL;
    }
    parser->max_depth = max_depth == 0 || max_depth > SOAPXML_MAXIMUM_DEPTH ? SOAPXML_MAXIMUM_DEPTH : max_depth;
    parser->handlers = *handlers;
    parser->handler_context = handler_context;

    xmlSAXHandler handler;
    memset(&handler, 0, sizeof handler);
    xmlSAXVersion(&handler, 2);
    handler.internalSubset = soapxml_on_internal_subset;
    handler.externalSubset = soapxml_on_external_subset;
    handler.getEntity = soapxml_on_get_entity;
    handler.getParameterEntity = NULL;
    handler.resolveEntity = soapxml_on_resolve_entity;
    handler.entityDecl = NULL;
    // Events only: no libxml2 tree is built, so nothing is allocated for nodes the caller copies anyway.
    handler.startDocument = soapxml_on_start_document;
    handler.endDocument = NULL;
    handler.startElement = NULL;
    handler.endElement = NULL;
    handler.reference = NULL;
    handler.comment = NULL;
    handler.processingInstruction = NULL;
    handler.startElementNs = soapxml_on_start_element;
    handler.endElementNs = soapxml_on_end_element;
    handler.characters = soapxml_on_characters;
    handler.ignorableWhitespace = soapxml_on_characters;
    handler.cdataBlock = soapxml_on_cdata;
    handler.serror = soapxml_on_error;
    handler.error = NULL;
    handler.warning = NULL;
    handler.fatalError = NULL;

    // The name is set on the input after the context is made, not passed here: given a file name, libxml2 resolves
    // the directory it is in for relative external entities (a getcwd call per parse), and no entity is ever loaded.
    parser->context = xmlCreatePushParserCtxt(&handler, NULL, NULL, 0, NULL);
    if (parser->context == NULL) {
        free(parser);
        return NULL;
    }
    if (document_name != NULL && parser->context->input != NULL) {
        parser->context->input->filename = (const char *)xmlStrdup((const xmlChar *)document_name);
        if (parser->context->input->filename == NULL) {
            xmlFreeParserCtxt(parser->context);
            free(parser);
            return NULL;
        }
    }
    parser->context->_private = parser;

    // The caller's charset is looked up only if the document turns out to name no encoding of its own (see
    // soapxml_on_start_document), so an unknown one is reported only where it would have been used.
    if (fallback_encoding != NULL) {
        parser->fallback_encoding = strdup(fallback_encoding);
        if (parser->fallback_encoding == NULL) {
            xmlFreeParserCtxt(parser->context);
            free(parser);
            return NULL;
        }
    }
    xmlCtxtUseOptions(parser->context, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES);
    return parser;
}

static void soapxml_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

// A byte its encoding cannot decode is reported by libxml2 without a parser context, to the calling thread's
// structured handler (and "xmlParseChunk: encoder error" to its generic one), which print to stderr by default.
// While this parser runs, the thread's handlers are its own, so such an error is kept like any other.
static void soapxml_parse_chunk(soapxml_parser *parser, const char *_Nullable chunk, int size, int terminate) {
    xmlStructuredErrorFunc structured = xmlStructuredError;
    void *structured_context = xmlStructuredErrorContext;
    xmlGenericErrorFunc generic = xmlGenericError;
    void *generic_context = xmlGenericErrorContext;
    xmlSetStructuredErrorFunc(parser->context, soapxml_on_error);
    xmlSetGenericErrorFunc(NULL, soapxml_ignore_generic_error);
    xmlParseChunk(parser->context, chunk, size, terminate);
    xmlSetGenericErrorFunc(generic_context, generic);
    xmlSetStructuredErrorFunc(structured_context, structured);
}

static soapxml_status soapxml_check(soapxml_parser *parser) {
    xmlParserCtxtPtr context = parser->context;
    if (parser->status == SOAPXML_STATUS_OK && (!context->wellFormed || !context->nsWellFormed)) {
        const xmlError *error = xmlCtxtGetLastError(context);
        soapxml_record(parser, SOAPXML_STATUS_MALFORMED,
                       error != NULL && error->message != NULL ? error->message : "the document is not well-formed",
                       error != NULL ? error->line : 0, error != NULL ? error->int2 : 0);
    }
    return parser->status;
}

soapxml_status soapxml_parser_feed(soapxml_parser *parser, const void *bytes, size_t length) {
    if (parser->status != SOAPXML_STATUS_OK || parser->finished) {
        return parser->status;
    }
    const char *chunk = (const char *)bytes;
    for (size_t index = 0; !parser->has_content && index < length; index += 1) {
        char byte = chunk[index];
        parser->has_content = byte != ' ' && byte != '\t' && byte != '\n' && byte != '\r';
    }
    if (parser->head_length < sizeof parser->head) {
        for (size_t index = 0; parser->head_length < sizeof parser->head && index < length; index += 1) {
            parser->head[parser->head_length] = (unsigned char)chunk[index];
            parser->head_length += 1;
        }
        // A byte-order mark wins over the XML declaration (XML 1.0 Appendix F). libxml2 needs four bytes before it
        // reads anything, so this is in place before the declaration is parsed.
        if (soapxml_has_byte_order_mark(parser)) {
            parser->context->options |= XML_PARSE_IGNORE_ENC;
        }
    }
    // xmlParseChunk takes an int length: feed very large buffers in slices.
    while (length > 0) {
        int slice = length > (1u << 30) ? (1 << 30) : (int)length;
        soapxml_parse_chunk(parser, chunk, slice, 0);
        if (soapxml_check(parser) != SOAPXML_STATUS_OK) {
            return parser->status;
        }
        chunk += slice;
        length -= (size_t)slice;
    }
    return parser->status;
}

soapxml_status soapxml_parser_finish(soapxml_parser *parser) {
    if (parser->finished) {
        return parser->status;
    }
    parser->finished = 1;
    if (parser->status == SOAPXML_STATUS_OK) {
        soapxml_parse_chunk(parser, NULL, 0, 1);
        soapxml_check(parser);
    }
    if (parser->status == SOAPXML_STATUS_OK && !parser->seen_root) {
        soapxml_record(parser, SOAPXML_STATUS_MALFORMED, "the document is empty", 0, 0);
    }
    return parser->status;
}

soapxml_status soapxml_parser_status(const soapxml_parser *parser) {
    return parser->status;
}

const char *soapxml_parser_error_message(const soapxml_parser *parser) {
    return parser->error_message;
}

int soapxml_parser_error_line(const soapxml_parser *parser) {
    return parser->error_line;
}

int soapxml_parser_error_column(const soapxml_parser *parser) {
    return parser->error_column;
}

void soapxml_parser_free(soapxml_parser *parser) {
    if (parser->context != NULL) {
        if (parser->context->myDoc != NULL) {
            xmlFreeDoc(parser->context->myDoc);
            parser->context->myDoc = NULL;
        }
        xmlFreeParserCtxt(parser->context);
    }
    free(parser->fallback_encoding);
    free(parser->error_message);
    free(parser);
}
