using System.Text.Json;

namespace Workflow.Web.Tests.Secrets;

/// <summary>What an answer tells: status, media type and the problem's fields, without its trace id; equal for a secret memo and an unknown id.</summary>
public static class UnknownIdAnswer
{
    public static async Task<string> OfAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (text.Length == 0)
            return $"{(int)response.StatusCode}";
        var body = JsonDocument.Parse(text).RootElement;
        var fields = body.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value.GetRawText()}");
        return $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType} {string.Join(' ', fields)}";
    }
}
