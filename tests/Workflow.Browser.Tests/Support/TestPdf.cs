using System.Text;
using Microsoft.Playwright;

namespace Workflow.Browser.Tests.Support;

/// <summary>A small valid one-page PDF, made here so the tests need no fixture files.</summary>
public static class TestPdf
{
    public static byte[] Bytes { get; } = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    public static FilePayload Payload(string name) => new() { Name = name, MimeType = "application/pdf", Buffer = Bytes };
}
