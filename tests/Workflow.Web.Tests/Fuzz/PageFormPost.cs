namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// One generated form post. <see cref="TokenValid"/>: it carries a real anti-forgery token in a form the service
/// may accept; then the body always has a defect the page must refuse (<see cref="Defect"/>). Without a valid token
/// the body is often <see cref="Clean"/>: it would succeed with one, so only the token check stands in its way.
/// </summary>
public sealed record PageFormPost(
    string Form,
    string Path,
    PageFormSession Session,
    string TokenKind,
    bool TokenValid,
    string Defect,
    string Cookie,
    IReadOnlyList<(string Name, string Value)> Headers,
    PageFormBody Body,
    string Method = "POST")
{
    public bool Clean => Defect.Length == 0;

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(new Uri("http://localhost"), Path));
        if (Cookie.Length > 0)
            message.Headers.TryAddWithoutValidation("Cookie", Cookie);
        var (bytes, type) = Body.Encode();
        message.Content = new ByteArrayContent(bytes);
        if (type is not null)
            message.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        foreach (var (name, value) in Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
                message.Content.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    public override string ToString() =>
        $"{Method} {(Path.Length > 200 ? Path[..200] + "…" : Path)} [{Form} as {Session}, token: {TokenKind}{(TokenValid ? " (valid)" : "")}, "
        + $"defect: {(Clean ? "none, would succeed with a valid token" : Defect)}] headers: {string.Join("; ", Headers.Select(h => $"{h.Name}: {h.Value}"))} body: {Body}";
}
