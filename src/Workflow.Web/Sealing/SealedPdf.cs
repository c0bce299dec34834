namespace Workflow.Web.Sealing;

/// <param name="SealedBy">The subject of the certificate that sealed it (the municipality).</param>
public sealed record SealedPdf(byte[] Bytes, string SealedBy, DateTimeOffset SealedAt);
