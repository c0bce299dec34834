using System.Buffers.Binary;
using System.Security.Cryptography;
using Workflow.Web.Application;

namespace Workflow.Web.Administration;

/// <summary>
/// The emblem upload, checked by its content, never by its name or declared type: the PNG signature, an IHDR chunk
/// first with sane dimensions, and the IEND chunk last. Whatever fails changes nothing.
/// </summary>
public static class EmblemImage
{
    public const int MaxBytes = 256 * 1024;

    public const int MaxPixels = 1024;

    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Iend => [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    /// <summary>Reads at most one byte more than allowed, so an oversized stream is refused without reading it all.</summary>
    public static async Task<Outcome<byte[]>> ReadAsync(Stream stream, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
                return TooLarge();
        }

        var bytes = buffer.ToArray();
        return Check(bytes) is { } failure ? failure : bytes;
    }

    public static Failure TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, "emblem-too-large", $"The emblem may be at most {MaxBytes / 1024} KB.", "file");

    public static string Sha256Of(byte[] png) => Convert.ToHexStringLower(SHA256.HashData(png));

    private static Failure? Check(byte[] png)
    {
        if (png.Length < Signature.Length + 25 + Iend.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
            return new(StatusCodes.Status415UnsupportedMediaType, "not-a-png", "The emblem must be a PNG image.", "file");
        var header = png.AsSpan(Signature.Length);
        if (BinaryPrimitives.ReadUInt32BigEndian(header) != 13 || !header.Slice(4, 4).SequenceEqual("IHDR"u8))
            return Broken("its first chunk is not the IHDR header");
        var width = BinaryPrimitives.ReadUInt32BigEndian(header[8..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(header[12..]);
        if (width is 0 or > MaxPixels || height is 0 or > MaxPixels)
            return new(StatusCodes.Status400BadRequest, "emblem-dimensions",
                $"The emblem is {width} × {height} pixels; each side must be 1 to {MaxPixels}.", "file");
        if (!png.AsSpan(png.Length - Iend.Length).SequenceEqual(Iend))
            return Broken("it does not end with the IEND chunk (cut short?)");
        return null;
    }

    private static Failure Broken(string why) =>
        new(StatusCodes.Status400BadRequest, "broken-png", $"The emblem is not a valid PNG: {why}.", "file");
}
