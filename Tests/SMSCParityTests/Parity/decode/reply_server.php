<?php
// Router for PHP's built-in web server that replays the decode-parity corpus.
//
// Usage:  php -S 127.0.0.1:0 reply_server.php
//         (the port is printed on stderr: "Development Server (http://127.0.0.1:NNNNN) started")
//
// POST /replies/<case>  ->  body of replies/<case>.xml, byte for byte, with the case's HTTP status and
//                           Content-Type from cases.json (both files are found next to this script); for a
//                           case marked "exchange", the response body of the project's recorded PHP exchange
//                           Tests/SMSCTests/Fixtures/envelopes/<case>.http instead.
// Anything else         ->  404.

ini_set('default_charset', ''); // never let PHP append "; charset=UTF-8" to our Content-Type

$cases = json_decode(file_get_contents(__DIR__ . '/cases.json'), true);
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);

$case = null;
if ($_SERVER['REQUEST_METHOD'] === 'POST' && preg_match('#^/replies/([A-Za-z0-9_]+)$#', $path, $m)) {
    foreach ($cases as $c) {
        if ($c['name'] === $m[1]) {
            $case = $c;
        }
    }
}

if ($case === null) {
    http_response_code(404);
    header('Content-Type: text/plain');
    echo "not found\n";
    return true;
}

file_get_contents('php://input'); // drain the request body (its content is not checked)
http_response_code($case['status']);
header('Content-Type: ' . $case['contentType']);
if (!empty($case['exchange'])) {
    // SMSCTesting's fixture format: the response body follows the response head, and the file's last line feed
    // is not part of it.
    $text = file_get_contents(__DIR__ . '/../../../SMSCTests/Fixtures/envelopes/' . $case['name'] . '.http');
    $head = strpos($text, "\n\n", strpos($text, "\nHTTP/1."));
    echo substr($text, $head + 2, -1);
} else {
    readfile(__DIR__ . '/replies/' . $case['name'] . '.xml');
}
return true;
