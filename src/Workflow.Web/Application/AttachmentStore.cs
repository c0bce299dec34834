using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Workflow.Web.Options;

namespace Workflow.Web.Application;

/// <summary>
/// Attachment files on disk, named by their SHA-256 so an uploaded file name never reaches the file system
/// (no path traversal, no collisions); identical files are stored once.
/// </summary>
public sealed class AttachmentStore
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private readonly string _root;

    public AttachmentStore(IOptions<StorageOptions> options, IWebHostEnvironment env)
    {
        MaxBytes = options.Value.MaxAttachmentBytes;
        _root = Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.AttachmentsPath));
        Directory.CreateDirectory(_root);
    }

    public long MaxBytes { get; }

    /// <summary>Checks the type by its first bytes (not its name or declared type), then stores and hashes it.</summary>
    public async Task<Outcome<(string Sha256, long Size)>> SaveAsync(Stream content, CancellationToken ct)
    {
        var temp = Path.Combine(_root, $".upload-{Guid.NewGuid():N}");
        try
        {
            long size;
            string sha;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                size = 0;
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    if (size == 0 && !buffer.AsSpan(0, read).StartsWith(PdfMagic))
                        return new Failure(StatusCodes.Status415UnsupportedMediaType, "not-a-pdf", "Only PDF files may be attached: the file does not start with %PDF-.", "file");
                    size += read;
                    if (size > MaxBytes)
                        return TooLarge();
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }

                if (size == 0)
                    return Failure.Invalid("file", "The file is empty.");
                sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var target = PathFor(sha);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (File.Exists(target))
                File.Delete(temp);
            else
                File.Move(temp, target);
            return (sha, size);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
    }

    public Failure TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, "too-large", $"The file is larger than the limit of {MaxBytes / (1024 * 1024.0):0.#} MB.", "file");

    public Stream OpenRead(string sha256) => File.OpenRead(PathFor(sha256));

    private string PathFor(string sha256) => Path.Combine(_root, sha256[..2], sha256);
}
