<?php
// The requests PHP's SoapClient writes for a list of calls of a reference WSDL, for comparison with the generated
// code's. No network: __doRequest keeps the request and ends the call.
//
// Usage: php php_requests.php WSDL SPEC_JSON
//
// SPEC_JSON is an array of {"name": …, "operation": …, "values": {…}} (JSON null is PHP's null), the wrapper's fields of
// a document/literal call, or {…, "arguments": […]}, the parts of an rpc call in order. Prints one JSON object,
// {name: request envelope}.

if ($argc !== 3) {
    fwrite(STDERR, "usage: php php_requests.php WSDL SPEC_JSON\n");
    exit(64);
}
ini_set('soap.wsdl_cache_enabled', '0');

class CapturedRequest extends Exception {}

class CapturingClient extends SoapClient {
    public $request = null;
    public function __doRequest($request, $location, $action, $version, $oneWay = false): ?string {
        $this->request = $request;
        throw new CapturedRequest();
    }
}

$client = new CapturingClient($argv[1], ['cache_wsdl' => WSDL_CACHE_NONE]);
$spec = json_decode(file_get_contents($argv[2]), true, 512, JSON_THROW_ON_ERROR);
$out = [];
foreach ($spec as $call) {
    try {
        $client->__soapCall($call['operation'], $call['arguments'] ?? [$call['values']]);
    } catch (CapturedRequest $captured) {
        $out[$call['name']] = $client->request;
    }
}
echo json_encode($out, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
