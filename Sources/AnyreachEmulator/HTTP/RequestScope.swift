/// What the middlewares learn about a request before its handler runs.
enum RequestScope {
    /// The org the credential acts in, set by `AuthMiddleware`.
    @TaskLocal static var org: String = ""
    /// The request body as sent, set by `BodyCaptureMiddleware`: handlers read PATCH and upsert
    /// bodies from it, because the generated types can't tell an absent field from a null one.
    @TaskLocal static var rawBody: [UInt8] = []
    /// Where a handler may leave a response body it wrote itself, set by `RenderedBodyMiddleware`.
    @TaskLocal static var renderedBody: RenderedBody?
}
