using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Workflow.Web.Options;

namespace Workflow.Web.Application;

/// <summary>
/// Attachment files on disk, named by their SHA-256 so an uploaded file name never reaches the file system
/// (no path traversal, no collisions); identical files are stored once. A file enters its place only together with
/// the row that references it, and leaves only when no row does (ADR 11). The folder may be shared by several
/// instances (ADR 33): uploads go to unique temporary names, are flushed, and are renamed into place, never over a
/// stored file, so two instances storing the same file never corrupt it.
/// </summary>
public sealed partial class AttachmentStore
{
    /// <summary>The one kind of file attached (and so served).</summary>
    public const string PdfContentType = "application/pdf";

    private const string TempPrefix = ".upload-";
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    // Placing a file with its row, and deleting an unreferenced one, take turns: so a file is never deleted between
    // the moment an upload finds it in place and the moment its row commits (within this process; across processes
    // the sweep's grace period is the protection).
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly TimeProvider _clock;

    public AttachmentStore(IOptions<StorageOptions> options, IWebHostEnvironment env, TimeProvider clock)
    {
        MaxBytes = options.Value.MaxAttachmentBytes;
        Root = Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.AttachmentsPath));
        _clock = clock;
        Directory.CreateDirectory(Root);
    }

    public long MaxBytes { get; }

    public string Root { get; }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Name();

    /// <summary>Checks the type by its first bytes (not its name or declared type), then writes it to a temporary name and hashes it.</summary>
    public async Task<Outcome<StagedFile>> StageAsync(Stream content, CancellationToken ct)
    {
        var temp = Path.Combine(Root, $"{TempPrefix}{Guid.NewGuid():N}");
        var staged = false;
        try
        {
            long size = 0;
            string sha;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
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
                // On disk before the rename that gives it its name: a crash never leaves a stored name on a partial file.
                file.Flush(flushToDisk: true);
            }

            // Only now: closing the file flushes it, and a full disk may refuse that last write.
            staged = true;
            return new StagedFile(temp, sha, size);
        }
        finally
        {
            if (!staged && File.Exists(temp))
                File.Delete(temp);
        }
    }

    /// <summary>Writes bytes made here (an encrypted file: no type or size check) to a temporary name, hashed as stored.</summary>
    public async Task<StagedFile> StageBytesAsync(byte[] content, CancellationToken ct)
    {
        var temp = Path.Combine(Root, $"{TempPrefix}{Guid.NewGuid():N}");
        await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await file.WriteAsync(content, ct);
            file.Flush(flushToDisk: true);
        }

        return new StagedFile(temp, Convert.ToHexStringLower(SHA256.HashData(content)), content.Length);
    }

    /// <summary>
    /// Puts the staged file in its place and runs <paramref name="reference"/> (the commit of the row that points at
    /// it). When the commit fails, a file this call put in place is taken away again: nothing else can reference it yet.
    /// </summary>
    public async Task<Outcome<T>> PlaceAsync<T>(StagedFile staged, Func<Task<Outcome<T>>> reference, CancellationToken ct)
    {
        var target = PathFor(staged.Sha256);
        await _turn.WaitAsync(ct);
        try
        {
            var placedAt = PutInPlace(staged, target);
            Outcome<T> done;
            try
            {
                done = await reference();
            }
            catch
            {
                TakeBack(target, placedAt);
                throw;
            }

            if (!done.Succeeded)
                TakeBack(target, placedAt);
            return done;
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>
    /// Moves the staged file to its name, never over a file already there (another upload, here or on another
    /// instance, stored the same bytes): that one is kept and made fresh, so a sweep leaves it alone while the row
    /// commits. Answers the placed file's time when this call placed it, else null.
    /// </summary>
    private DateTime? PutInPlace(StagedFile staged, string target)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (!File.Exists(target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                try
                {
                    File.Move(staged.TempPath, target);
                    return File.GetLastWriteTimeUtc(target);
                }
                catch (IOException) when (attempt < 3 && File.Exists(target))
                {
                    // Another instance moved the same file into place between the look and the move.
                }
            }

            try
            {
                File.SetLastWriteTimeUtc(target, _clock.GetUtcNow().UtcDateTime);
                return null;
            }
            catch (FileNotFoundException) when (attempt < 3)
            {
                // Taken away by a failed upload elsewhere between the look and the touch: place ours.
            }
        }
    }

    /// <summary>
    /// A file this call placed goes again when its row did not commit, unless another upload (another instance)
    /// made it fresh meanwhile to reference it too; then the sweep decides later, by the rows.
    /// </summary>
    private static void TakeBack(string target, DateTime? placedAt)
    {
        if (placedAt is { } at && File.Exists(target) && File.GetLastWriteTimeUtc(target) == at)
            File.Delete(target);
    }

    /// <summary>Deletes the given files unless <paramref name="referenced"/>, asked after no upload can place a file, says a row points at them.</summary>
    public async Task<int> DeleteUnreferencedAsync(IReadOnlyCollection<string> paths, Func<Task<IReadOnlySet<string>>> referenced, DateTimeOffset? olderThan, CancellationToken ct)
    {
        if (paths.Count == 0)
            return 0;
        await _turn.WaitAsync(ct);
        try
        {
            var inUse = await referenced();
            var deleted = 0;
            foreach (var path in paths)
            {
                var info = new FileInfo(path);
                if (!info.Exists || inUse.Contains(info.Name) || (olderThan is { } cutoff && info.LastWriteTimeUtc >= cutoff.UtcDateTime))
                    continue;
                try
                {
                    info.Delete();
                    deleted++;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The row is already gone; the next sweep tries again.
                }
            }

            return deleted;
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Files this store wrote, last written before the cutoff: stored files (by hash) and temporary uploads.</summary>
    public IReadOnlyList<FileInfo> FilesOlderThan(DateTimeOffset cutoff)
    {
        var root = new DirectoryInfo(Root);
        if (!root.Exists)
            return [];
        var temps = root.EnumerateFiles($"{TempPrefix}*");
        var stored = root.EnumerateDirectories("??").SelectMany(d => d.EnumerateFiles().Where(f => Sha256Name().IsMatch(f.Name) && f.Name.StartsWith(d.Name, StringComparison.Ordinal)));
        return temps.Concat(stored).Where(f => f.LastWriteTimeUtc < cutoff.UtcDateTime).ToList();
    }

    public Failure TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, "too-large", $"The file is larger than the limit of {MaxBytes / (1024 * 1024.0):0.#} MB.", "file");

    public Stream OpenRead(string sha256) => File.OpenRead(PathFor(sha256));

    public string PathFor(string sha256) => Path.Combine(Root, sha256[..2], sha256);
}
