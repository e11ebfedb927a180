<?php
// A PHP SoapServer bound to the project's WSDL, for PHP's built-in web server:
//
//     PARITY_WSDL=wsdl/smsc.wsdl PARITY_LOG=/tmp/decoded.jsonl php -S 127.0.0.1:0 soap_server.php
//
// Like the live service, it rewrites the WSDL's namespace, soapAction and address to its own URL
// (http://127.0.0.1:PORT/sys/soap.php) and publishes that at ?wsdl. Every operation's handler appends the request
// object PHP decoded, as one JSON line {"operation": ..., "params": {...}}, to PARITY_LOG, and answers with a
// successful reply, so a client's call completes.

$wsdl = getenv('PARITY_WSDL');
$log = getenv('PARITY_LOG');
if ($wsdl === false || $log === false) {
    http_response_code(500);
    exit("PARITY_WSDL and PARITY_LOG must be set\n");
}
if (parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) !== '/sys/soap.php') {
    http_response_code(404);
    exit("POST SOAP envelopes to /sys/soap.php\n");
}

$self = 'http://' . $_SERVER['HTTP_HOST'] . '/sys/soap.php';
$rebased = str_replace('https://smsc.ru/sys/soap.php', $self, file_get_contents($wsdl));
if ($_SERVER['REQUEST_METHOD'] === 'GET' && isset($_GET['wsdl'])) {
    header('Content-Type: text/xml; charset=utf-8');
    exit($rebased);
}
$rebasedPath = sys_get_temp_dir() . '/smsc-parity-' . md5($rebased) . '.wsdl';
if (!is_file($rebasedPath)) {
    file_put_contents($rebasedPath, $rebased, LOCK_EX);
}

/// Records each call and answers it as the service would for a successful request.
final class RecordingHandler
{
    public function __construct(private string $log)
    {
    }

    private function record(string $operation, $params): void
    {
        $line = json_encode(['operation' => $operation, 'params' => get_object_vars($params)],
            JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
        file_put_contents($this->log, $line . "\n", FILE_APPEND | LOCK_EX);
    }

    private function sent(): array
    {
        return ['sendresult' => ['id' => '1', 'balance' => '100.00', 'cost' => '2.50', 'cnt' => '1', 'error' => '0']];
    }

    private function cost(): array
    {
        return ['costresult' => ['cost' => '2.50', 'cnt' => '1', 'error' => '0']];
    }

    private function status(): array
    {
        return ['statusresult' => ['status' => '1', 'last_date' => '28.12.2019 19:20:22', 'last_timestamp' => '1577550022', 'err' => '0']];
    }

    public function get_balance($p) { $this->record('get_balance', $p); return ['balanceresult' => ['balance' => '100.00', 'error' => '0']]; }
    public function send_sms($p) { $this->record('send_sms', $p); return $this->sent(); }
    public function send_sms2($p) { $this->record('send_sms2', $p); return $this->sent(); }
    public function get_sms_cost($p) { $this->record('get_sms_cost', $p); return $this->cost(); }
    public function get_sms_cost2($p) { $this->record('get_sms_cost2', $p); return $this->cost(); }
    public function get_status($p) { $this->record('get_status', $p); return $this->status(); }
    public function get_status2($p) { $this->record('get_status2', $p); return $this->status(); }
}

$server = new SoapServer($rebasedPath, ['cache_wsdl' => WSDL_CACHE_NONE, 'encoding' => 'UTF-8']);
$server->setObject(new RecordingHandler($log));
$server->handle();
