using System.Text;
using CsCheck;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Fuzz;

/// <summary>
/// Upload bodies for POST /api/documents/{id}/attachments that must be refused: not multipart, the wrong field,
/// a declared type other than PDF, content that is no PDF, too large, broken multipart framing. File names are
/// hostile too, but a name alone is never the defect (the service cleans names).
/// </summary>
public static class UploadBodies
{
    private const string Boundary = "fuzz-boundary-7MA4YWxkTrZu0gW";
    private static readonly string FormType = $"multipart/form-data; boundary={Boundary}";

    private static readonly Gen<string> FileName = Gen.Frequency(
        (3, Gen.Const("report.pdf")),
        (2, HostileText.Mixed.Select(n => n + ".pdf")),
        (1, Gen.OneOf("../../../etc/passwd", "..\\..\\evil.pdf", "/abs/path.pdf", "C:\\x.pdf", "a\u202efdp.exe", "con.pdf", "", ".", "...")));

    private static readonly Gen<byte[]> NotPdf = Gen.Frequency(
        (2, Gen.Byte.Array[1, 2_000].Where(b => !b.AsSpan().StartsWith("%PDF-"u8))),
        (1, Gen.OneOf("MZ\u0090\0", "<html><script>alert(1)</script>", " %PDF-1.4", "%PDX-1.4", "%pdf-1.4", "PK\u0003\u0004", "%PDF").Select(Encoding.UTF8.GetBytes)),
        (1, Gen.Const(Array.Empty<byte>())));

    private static byte[] Part(string field, string fileName, string contentType, byte[] content, bool close = true)
    {
        var head = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"upload.pdf\"; "
            + $"filename*=UTF-8''{Uri.EscapeDataString(SafeForEscape(fileName))}\r\nContent-Type: {contentType}\r\n\r\n";
        return [.. Encoding.UTF8.GetBytes(head), .. content, .. Encoding.ASCII.GetBytes(close ? $"\r\n--{Boundary}--\r\n" : "\r\n")];
    }

    /// <summary>Uri.EscapeDataString refuses lone surrogates; the name is hostile enough without them.</summary>
    private static string SafeForEscape(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));

    private static FuzzBody Form(string kind, byte[] bytes) => new(kind, bytes, FormType);

    public static readonly Gen<FuzzBody> Defective = FileName.SelectMany(name => Gen.Frequency(
        (2, JsonBodies.Anything.Where(b => b.Bytes is { Length: > 0 }).SelectMany(b =>
            Gen.OneOf("application/json", "text/plain", "application/pdf", "application/octet-stream", "image/png").Select(t => b.As(t) with { Kind = "upload:not-multipart" }))),
        (1, Gen.Const(new FuzzBody("upload:urlencoded", Encoding.ASCII.GetBytes("file=%25PDF-1.4%0A%25%25EOF"), "application/x-www-form-urlencoded"))),
        (2, Gen.OneOf("attachment", "file[]", "fil", "", "file ", "files").Select(f => Form("upload:wrong-field", Part(f, name, "application/pdf", TestPdf.Small())))),
        (2, Gen.OneOf("text/plain", "application/octet-stream", "image/png", "application/pdf; x=y", "application/x-pdf", "").Select(t => Form("upload:declared-not-pdf", Part("file", name, t, TestPdf.Small())))),
        (3, NotPdf.Select(b => Form("upload:not-a-pdf", Part("file", name, "application/pdf", b)))),
        (1, Gen.Int[1, 20_000].Select(n => Form("upload:too-large", Part("file", name, "application/pdf", TestPdf.Small((int)WorkflowApp.MaxAttachmentBytes + n))))),
        (1, Gen.Const(Form("upload:no-closing-boundary", Part("file", name, "application/pdf", TestPdf.Small(), close: false)))),
        (1, Gen.Int[1, 200].Select(n => Form("upload:truncated", Part("file", name, "application/pdf", TestPdf.Small())[..^n]))),
        (1, Gen.Const(new FuzzBody("upload:no-boundary", Part("file", name, "application/pdf", TestPdf.Small()), "multipart/form-data"))),
        (1, Gen.Const(new FuzzBody("upload:other-boundary", Part("file", name, "application/pdf", TestPdf.Small()), "multipart/form-data; boundary=other"))),
        (1, Gen.Byte.Array[0, 500].Select(b => Form("upload:random-bytes", b))),
        (1, Gen.Const(Form("upload:text-field-only", Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n%PDF-1.4\r\n--{Boundary}--\r\n"))))));
}
