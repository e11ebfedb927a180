<?php
// What PHP's ext/soap writes for the Headers reference WSDL's `lookup`: the request SoapClient sends with
// __setSoapHeaders, and the reply SoapServer sends with addSoapHeader. No network: the client's __doRequest keeps the
// request, and the server handles it from memory.
//
// Usage: php php_headers.php WSDL        Prints {"request": …, "reply": …} as JSON.

if ($argc !== 2) {
    fwrite(STDERR, "usage: php php_headers.php WSDL\n");
    exit(64);
}
ini_set('soap.wsdl_cache_enabled', '0');
$wsdl = $argv[1];
$ns = 'urn:example:headers';

class CapturingClient extends SoapClient {
    public $request = null;
    public function __doRequest($request, $location, $action, $version, $oneWay = false): ?string {
        $this->request = $request;
        return '<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
            . '<h:lookupResponse xmlns:h="urn:example:headers"><h:value>v</h:value></h:lookupResponse></s:Body></s:Envelope>';
    }
}

$client = new CapturingClient($wsdl, ['trace' => 1, 'cache_wsdl' => WSDL_CACHE_NONE]);
$client->__setSoapHeaders([
    new SoapHeader($ns, 'Authentication', ['user' => 'u', 'token' => 't']),
    new SoapHeader($ns, 'RequestID', 'r-1'),
]);
$client->lookup(['key' => 'k1']);

class LookupService {
    public $server;
    public function lookup($parameters) {
        $this->server->addSoapHeader(new SoapHeader('urn:example:headers', 'Quota', ['remaining' => 5]));
        return ['value' => 'v'];
    }
}
$service = new LookupService();
$server = new SoapServer($wsdl, ['cache_wsdl' => WSDL_CACHE_NONE]);
$service->server = $server;
$server->setObject($service);
ob_start();
$server->handle($client->request);
$reply = ob_get_clean();

echo json_encode(['request' => $client->request, 'reply' => $reply], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
