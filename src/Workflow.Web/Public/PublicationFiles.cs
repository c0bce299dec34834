using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Workflow.Web.Options;

namespace Workflow.Web.Public;

/// <summary>
/// The sealed PDFs, each named by its SHA-256: two deliveries (or two instances) storing a file at once write
/// separate temporary files and move them into place, so a stored file is never half-written or mixed (ADR 29).
/// </summary>
public sealed partial class PublicationFiles
{
    public PublicationFiles(IOptions<PublicationOptions> options, IWebHostEnvironment env)
    {
        Root = Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.PdfPath));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Name();

    /// <summary>Stores the file (once: an identical file already there is kept) and answers its SHA-256, its name here.</summary>
    public async Task<string> StoreAsync(byte[] pdf, CancellationToken ct)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var target = PathFor(sha);
        if (File.Exists(target))
            return sha;
        // Again here: a folder removed while the service runs (a restore, an operator) is made anew.
        Directory.CreateDirectory(Root);
        var temp = Path.Combine(Root, $".pdf-{Guid.NewGuid():N}");
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await file.WriteAsync(pdf, ct);
                // On disk before the row that names it commits: a crash after the commit finds the whole file.
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }

        return sha;
    }

    /// <summary>The stored file, or null when there is none by that name (or the name is not a SHA-256).</summary>
    public Stream? Open(string sha256) =>
        Sha256Name().IsMatch(sha256) && File.Exists(PathFor(sha256))
            ? new FileStream(PathFor(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null;

    private string PathFor(string sha256) => Path.Combine(Root, sha256 + ".pdf");
}
