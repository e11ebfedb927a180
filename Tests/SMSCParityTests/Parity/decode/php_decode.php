<?php
// What PHP's ext/soap SoapClient decodes from every reply of the decode-parity corpus.
//
// Usage:  php php_decode.php BASE_URL WSDL_PATH
//         e.g. php php_decode.php http://127.0.0.1:8123 ../../../../wsdl/smsc.wsdl
//         (BASE_URL is a running `php -S 127.0.0.1:0 reply_server.php` next to this script)
//
// For each case in cases.json (same directory) a fresh SoapClient posts to BASE_URL/replies/<case>
// and calls the case's operation with valid arguments. Prints ONE JSON object, in cases.json order:
//   {"<case>": {"result": {...}}}                        what the call returned, normalised (see below)
//   {"<case>": {"fault": {"code": "...", "string": "..."}}}  a SoapFault: $e->faultcode / $e->faultstring
//                                                         exactly as PHP exposes them
//   {"<case>": {"error": "<class>: <message>"}}          any other Throwable
// Exit status is non-zero only for setup failures (bad arguments, unreadable WSDL or cases.json),
// never because a case faulted.
//
// Normalisation of a result:
//   * the response wrapper is kept exactly as PHP returns it: an object with the single property
//     e.g. "statusresult" / "sendresult" / "balanceresult" / "costresult";
//   * stdClass -> JSON object (an empty one stays {}), PHP list -> JSON array;
//   * every scalar as a string (strval); a null property is omitted, like an absent element;
//   * SOAP_SINGLE_ELEMENT_ARRAYS is deliberately NOT set: a single <errors> entry comes back as an
//     OBJECT, several entries as an ARRAY of objects. That is recorded as is.

if ($argc !== 3) {
    fwrite(STDERR, "usage: php php_decode.php BASE_URL WSDL_PATH\n");
    exit(2);
}
[, $base, $wsdl] = $argv;
$base = rtrim($base, '/');

$cases = json_decode((string)@file_get_contents(__DIR__ . '/cases.json'), true);
if (!is_array($cases)) {
    fwrite(STDERR, "cannot read cases.json next to this script\n");
    exit(1);
}
try { // setup check: the WSDL must load
    new SoapClient($wsdl, ['cache_wsdl' => WSDL_CACHE_NONE, 'exceptions' => true]);
} catch (Throwable $e) {
    fwrite(STDERR, "cannot load WSDL $wsdl: " . $e->getMessage() . "\n");
    exit(1);
}

// Valid arguments per operation (all elements the schema requires; query is required by
// get_sms_cost2 and get_status2 in PHP, which refuses to send without it).
$auth = ['login' => 'alex', 'psw' => '123'];
$args = [
    'get_balance'   => $auth,
    'send_sms'      => $auth + ['phones' => '79999999999', 'mes' => 'Hello world!', 'id' => '', 'sender' => 'ivan', 'time' => '0'],
    'send_sms2'     => $auth + ['phones' => '79999999999,7000', 'mes' => 'Hello world!', 'id' => '', 'sender' => '', 'time' => '0', 'query' => 'err=1'],
    'get_sms_cost'  => $auth + ['phones' => '79999999999', 'mes' => 'Hello world!'],
    'get_sms_cost2' => $auth + ['phones' => '79999999999,79999999998', 'mes' => 'Hello world!', 'query' => 'translit=1'],
    'get_status'    => $auth + ['phone' => '79999999999', 'id' => '999', 'all' => '0'],
    'get_status2'   => $auth + ['phone' => '79999999999', 'id' => '999', 'all' => '2', 'query' => 'charset=utf-8'],
];

function normalise($value)
{
    if (is_object($value)) {
        $out = new stdClass(); // stays {} in JSON even when empty
        foreach (get_object_vars($value) as $key => $item) {
            if ($item !== null) {
                $out->$key = normalise($item);
            }
        }
        return $out;
    }
    if (is_array($value)) {
        return array_map('normalise', $value);
    }
    return (string)$value;
}

$out = [];
foreach ($cases as $case) {
    $name = $case['name'];
    try {
        $client = new SoapClient($wsdl, [
            'location' => $base . '/replies/' . $name,
            'cache_wsdl' => WSDL_CACHE_NONE,
            'exceptions' => true,
            'trace' => 1,
        ]);
        $out[$name] = ['result' => normalise($client->__soapCall($case['operation'], [$args[$case['operation']]]))];
    } catch (SoapFault $e) {
        $out[$name] = ['fault' => ['code' => (string)$e->faultcode, 'string' => (string)$e->faultstring]];
    } catch (Throwable $e) {
        $out[$name] = ['error' => get_class($e) . ': ' . $e->getMessage()];
    }
}
echo json_encode($out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
