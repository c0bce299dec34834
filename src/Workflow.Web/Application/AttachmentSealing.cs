using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;

namespace Workflow.Web.Application;

/// <summary>
/// A secret memo's files at rest (ADR 23): each encrypted with AES-256-GCM under its own random key, the key protected
/// by Data Protection and kept with the attachment row, so a file copied off the disk, or a database copied without the
/// key ring, reveals nothing. The sealed file is nonce, tag and ciphertext; the store names it by its own SHA-256.
/// Downloads by readers, and by the public once a declassified memo is published, are decrypted as they are served.
/// </summary>
public sealed class AttachmentSealing(AttachmentStore store, IDataProtectionProvider protection, WorkflowDbContext db)
{
    // Never change: every protected key ever stored is unprotected under this purpose.
    private const string Purpose = "Workflow.SecretAttachments.v1";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private IDataProtector Protector => protection.CreateProtector(Purpose);

    public sealed record SealedFile(StagedFile File, string ProtectedKey) : IDisposable
    {
        public void Dispose() => File.Dispose();
    }

    /// <summary>Encrypts a staged upload into a second staged file; the plaintext one is left to its owner to dispose.</summary>
    public async Task<SealedFile> SealAsync(StagedFile plain, CancellationToken ct)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var content = await File.ReadAllBytesAsync(plain.TempPath, ct);
        var sealedBytes = new byte[NonceBytes + TagBytes + content.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key, TagBytes))
            aes.Encrypt(nonce, content, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes));
        CryptographicOperations.ZeroMemory(content);
        var staged = await store.StageBytesAsync(sealedBytes, ct);
        var protectedKey = Convert.ToBase64String(Protector.Protect(key));
        CryptographicOperations.ZeroMemory(key);
        return new SealedFile(staged, protectedKey);
    }

    /// <summary>The file as uploaded, decrypted when it is stored sealed.</summary>
    public async Task<Stream> OpenReadAsync(Attachment attachment, CancellationToken ct)
    {
        if (attachment.SealedKey is null)
            return store.OpenRead(attachment.Sha256);
        var sealedBytes = await File.ReadAllBytesAsync(store.PathFor(attachment.StoredName), ct);
        var key = Protector.Unprotect(Convert.FromBase64String(attachment.SealedKey));
        var plain = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        using (var aes = new AesGcm(key, TagBytes))
            aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), plain);
        CryptographicOperations.ZeroMemory(key);
        return new MemoryStream(plain, writable: false);
    }

    /// <summary>A published memo's file: its row tells whether it is stored sealed (a declassified memo's files stay so).</summary>
    public async Task<Stream> OpenPublishedAsync(Guid attachmentId, string sha256, CancellationToken ct)
    {
        var row = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.Sha256 == sha256, ct);
        return row is null ? store.OpenRead(sha256) : await OpenReadAsync(row, ct);
    }
}
