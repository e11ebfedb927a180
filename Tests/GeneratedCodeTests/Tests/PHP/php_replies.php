<?php
// The replies PHP's SoapServer writes for a list of calls of a reference WSDL, to feed the generated decoders. No
// network: each request envelope is handled from memory.
//
// Usage: php php_replies.php WSDL SPEC_JSON
//
// SPEC_JSON is an array of {"name": …, "request": envelope text, "result": …}: the handler returns `result` for
// whatever operation the request calls (the wrapper's fields for document/literal, the return part for rpc).
// Prints one JSON object, {name: reply envelope}.

if ($argc !== 3) {
    fwrite(STDERR, "usage: php php_replies.php WSDL SPEC_JSON\n");
    exit(64);
}
ini_set('soap.wsdl_cache_enabled', '0');

class FixedResultHandler {
    public $result;
    public function __call($operation, $arguments) {
        return $this->result;
    }
}

$spec = json_decode(file_get_contents($argv[2]), true, 512, JSON_THROW_ON_ERROR);
$out = [];
foreach ($spec as $call) {
    $handler = new FixedResultHandler();
    $handler->result = $call['result'];
    $server = new SoapServer($argv[1], ['cache_wsdl' => WSDL_CACHE_NONE]);
    $server->setObject($handler);
    ob_start();
    $server->handle($call['request']);
    $out[$call['name']] = ob_get_clean();
}
echo json_encode($out, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
