namespace Workflow.Web.Tests.Accounts;

/// <summary>How many stored password hashes the host has checked a password against (the CPU-heavy work of sign-in).</summary>
public sealed class PasswordChecks
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Add() => Interlocked.Increment(ref _count);
}
