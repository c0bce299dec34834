using System.Net.Http.Headers;
using System.Text;

namespace Workflow.Web.Tests.Infrastructure;

/// <summary>Test files and multipart bodies, built by hand so that hostile names reach the server unaltered.</summary>
public static class TestPdf
{
    public static byte[] Small(int padding = 0) => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + new string('%', padding) + "\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A multipart/form-data body with one part "file"; the name goes in filename* (RFC 5987), percent-encoded.</summary>
    public static HttpContent Multipart(byte[] content, string fileName, string contentType = "application/pdf", string field = "file")
    {
        const string boundary = "----workflow-test-boundary";
        var head = $"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"upload.pdf\"; "
            + $"filename*=UTF-8''{Uri.EscapeDataString(fileName)}\r\nContent-Type: {contentType}\r\n\r\n";
        var body = new MemoryStream();
        body.Write(Encoding.UTF8.GetBytes(head));
        body.Write(content);
        body.Write(Encoding.ASCII.GetBytes($"\r\n--{boundary}--\r\n"));
        var result = new ByteArrayContent(body.ToArray());
        result.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return result;
    }
}
