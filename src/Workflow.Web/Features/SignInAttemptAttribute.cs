namespace Workflow.Web.Features;

/// <summary>Marks an endpoint or page whose POST checks a password: the sign-in rate limits apply to it (SignInLimits).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SignInAttemptAttribute : Attribute;
