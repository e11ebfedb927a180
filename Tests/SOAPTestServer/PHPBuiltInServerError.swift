/// PHP's built-in web server did not start: `php` is missing, or it exited before it was ready.
public struct PHPBuiltInServerError: Error, CustomStringConvertible {
    public var description: String
}
