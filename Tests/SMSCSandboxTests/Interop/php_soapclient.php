<?php
// Calls every operation of the SMSC sandbox through PHP's SoapClient, the way SMSC's own PHP examples do,
// and prints what came back as one JSON object. Usage: php php_soapclient.php WSDL_URL
$wsdl = $argv[1];
$client = new SoapClient($wsdl, ['cache_wsdl' => WSDL_CACHE_NONE, 'exceptions' => true, 'trace' => 1]);
$auth = ['login' => 'demo', 'psw' => 'demo'];
$results = [];
$results['functions'] = $client->__getFunctions();
$results['get_balance'] = $client->get_balance($auth);
$results['get_sms_cost'] = $client->get_sms_cost($auth + ['phones' => '79990000001', 'mes' => 'Hello from PHP']);
$results['get_sms_cost2'] = $client->get_sms_cost2($auth + ['phones' => '79990000001,79990000002', 'mes' => 'Hello from PHP', 'query' => 'translit=1']);
$results['send_sms'] = $client->send_sms($auth + ['phones' => '79990000001', 'mes' => 'Hello from PHP', 'id' => 'php-1', 'sender' => 'php', 'time' => '0']);
$results['send_sms2'] = $client->send_sms2($auth + ['phones' => '79990000002,7000', 'mes' => 'Hello again from PHP', 'id' => 'php-2', 'sender' => '', 'time' => '0', 'query' => 'err=1']);
$results['get_status'] = $client->get_status($auth + ['phone' => '79990000001', 'id' => 'php-1', 'all' => '0']);
$results['get_status2'] = $client->get_status2($auth + ['phone' => '79990000002', 'id' => 'php-2', 'all' => '2', 'query' => '']);
$results['bad_password'] = $client->get_balance(['login' => 'demo', 'psw' => 'wrong']);
$results['unknown_message'] = $client->get_status($auth + ['phone' => '79990000001', 'id' => 'nope', 'all' => '0']);
$results['last_request'] = $client->__getLastRequest();
echo json_encode($results, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
