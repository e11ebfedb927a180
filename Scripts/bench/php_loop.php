<?php
// PHP's SoapClient in a sequential keep-alive loop against Scripts/bench.sh's endpoint, reporting like smsc-load.
// Usage: php php_loop.php WSDL ENDPOINT CALLS WARMUP
[$script, $wsdl, $endpoint, $calls, $warmup] = $argv;
$client = new SoapClient($wsdl, ['location' => $endpoint, 'cache_wsdl' => WSDL_CACHE_NONE, 'keep_alive' => true, 'exceptions' => true]);
$arguments = ['login' => 'bench', 'psw' => 'bench', 'phone' => '79999999999', 'id' => '999', 'all' => '2', 'query' => 'x=1'];
for ($i = 0; $i < (int)$warmup; $i++) { $client->get_status2($arguments); }
$before = getrusage();
$start = hrtime(true);
for ($i = 0; $i < (int)$calls; $i++) {
    $reply = $client->get_status2($arguments);
    if ($reply->statusresult->status !== '1') { fwrite(STDERR, "unexpected reply\n"); exit(1); }
}
$seconds = (hrtime(true) - $start) / 1e9;
$after = getrusage();
$cpu = ($after['ru_utime.tv_sec'] - $before['ru_utime.tv_sec']) + ($after['ru_utime.tv_usec'] - $before['ru_utime.tv_usec']) / 1e6
     + ($after['ru_stime.tv_sec'] - $before['ru_stime.tv_sec']) + ($after['ru_stime.tv_usec'] - $before['ru_stime.tv_usec']) / 1e6;
printf("mode=php concurrency=1 calls=%d seconds=%.3f calls_per_second=%.0f cpu_us_per_call=%.1f peak_rss_kib=%d\n",
    $calls, $seconds, $calls / $seconds, $cpu * 1e6 / $calls, $after['ru_maxrss']);
