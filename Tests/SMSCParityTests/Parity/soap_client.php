<?php
// Makes a corpus of calls through PHP's SoapClient and prints, as one JSON array, the request body it posted for
// each: the envelopes this project's requests are compared with.
//
//     php soap_client.php WSDL_URL CORPUS_JSON
//
// CORPUS_JSON is an array of {"operation": "send_sms", "fields": [["login", "…"], ["psw", "…"], …]}; fields are
// passed in that order, and absent ones are left out, as a PHP integrator would call the operation. A call that
// fails (the server's reply is not what the test is about) still has its request recorded.
if ($argc !== 3) {
    fwrite(STDERR, "usage: php soap_client.php WSDL_URL CORPUS_JSON\n");
    exit(64);
}
$client = new SoapClient($argv[1], ['cache_wsdl' => WSDL_CACHE_NONE, 'trace' => 1, 'exceptions' => true]);
$corpus = json_decode(file_get_contents($argv[2]), true, 16, JSON_THROW_ON_ERROR);
$requests = [];
foreach ($corpus as $call) {
    $params = [];
    foreach ($call['fields'] as [$name, $value]) {
        $params[$name] = $value;
    }
    try {
        $client->__soapCall($call['operation'], [$params]);
    } catch (SoapFault $fault) {
        fwrite(STDERR, "{$call['operation']}: {$fault->getMessage()}\n");
    }
    $requests[] = $client->__getLastRequest();
}
echo json_encode($requests, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR), "\n";
