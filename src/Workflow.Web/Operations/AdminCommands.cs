using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Workflow.Web.Administration;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Infrastructure;

namespace Workflow.Web.Operations;

/// <summary>
/// <c>admin create | reset-password | list</c>: the first administrator of a fresh installation, and a way back in
/// when an administrator's password is lost. Everything goes through UserManager, so the password rules apply.
/// </summary>
public sealed class AdminCommands(UserManager<AppUser> users, RoleManager<IdentityRole> roles, WorkflowDbContext db, AdminChanges audit, ILogger<AdminCommands> log)
{
    public const string CreateHint = "dotnet Workflow.Web.dll admin create --user NAME --name \"FULL NAME\"";
    private const int MaxDisplayName = 200;

    public async Task<CommandResult> CreateAsync(string userName, string displayName, CommandConsole console, CancellationToken ct)
    {
        // The same cleaning as every text field (ADR 10): invisible characters out, NFC, then the plain-text checks.
        displayName = Workflow.Core.Text.PlainTextRules.Clean(displayName, multiline: false);
        if (displayName.Length is 0 or > MaxDisplayName
            || new PlainTextAttribute().GetValidationResult(displayName, new ValidationContext(displayName)) is not null)
            return CommandResult.Refused($"--name must be plain text of 1 to {MaxDisplayName} characters; nothing was changed.");
        if (await users.FindByNameAsync(userName) is not null)
            return CommandResult.Refused($"A user named '{userName}' already exists; nothing was changed.");
        var (password, problem) = console.ReadPassword();
        if (password is null)
            return CommandResult.Refused(problem!);

        // One transaction: a refused password leaves neither the user nor a role behind.
        using (await SqliteWriteGate.EnterAsync(db, ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (!await roles.RoleExistsAsync(AppRoles.Administrator))
                Check(await roles.CreateAsync(new IdentityRole(AppRoles.Administrator)));
            var user = new AppUser { UserName = userName, DisplayName = displayName };
            if (await users.CreateAsync(user, password) is { Succeeded: false } created)
                return Refusal("not created", created);
            Check(await users.AddToRoleAsync(user, AppRoles.Administrator));
            await audit.AppendAsync(AdminActor.CommandLine, [new AdminChange(Administration.People.People.Subject, user.Id, "Created", null,
                new { user.UserName, user.DisplayName, Roles = new[] { AppRoles.Administrator } })], ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        log.LogInformation("Administrator {UserName} created from the command line", userName);
        return CommandResult.Ok($"Administrator '{userName}' created. Sign in at /account/login.");
    }

    public async Task<CommandResult> ResetPasswordAsync(string userName, CommandConsole console, CancellationToken ct)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
            return CommandResult.Refused($"No user is named '{userName}'; nothing was changed.");
        if (!await new Administrators(db).IsAdministratorAsync(user.Id, ct))
            return CommandResult.Refused($"'{userName}' is not an administrator: this command resets administrators' passwords only; nothing was changed.");
        var (password, problem) = console.ReadPassword();
        if (password is null)
            return CommandResult.Refused(problem!);

        using (await SqliteWriteGate.EnterAsync(db, ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            Check(await users.RemovePasswordAsync(user));
            if (await users.AddPasswordAsync(user, password) is { Succeeded: false } added)
                return Refusal("password not changed", added);
            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.ResetAccessFailedCountAsync(user));
            // A new stamp ends every cookie and bearer token issued with the old one.
            Check(await users.UpdateSecurityStampAsync(user));
            await audit.AppendAsync(AdminActor.CommandLine, [new AdminChange(Administration.People.People.Subject, user.Id, "PasswordReset", null, null)], ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        log.LogInformation("Password of administrator {UserName} reset from the command line; their sessions end", userName);
        return CommandResult.Ok($"Password of '{userName}' changed; their sessions have been ended.");
    }

    public async Task<CommandResult> ListAsync(CancellationToken ct)
    {
        var admins = await new Administrators(db).ListAsync(ct);
        if (admins.Count == 0)
            return CommandResult.Ok($"No administrator yet. Create one: {CreateHint}");
        return CommandResult.Ok(string.Join(Environment.NewLine, admins.Select(a =>
            $"{a.UserName}\t{a.DisplayName}" + (a.LockoutEnd > DateTimeOffset.UtcNow
                ? $"\tlocked out until {a.LockoutEnd.Value.ToString("u", CultureInfo.InvariantCulture)}"
                : ""))));
    }

    private static CommandResult Refusal(string what, IdentityResult result) =>
        CommandResult.Refused($"{char.ToUpperInvariant(what[0])}{what[1..]}: {string.Join(" ", result.Errors.Select(e => e.Description))}");

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
