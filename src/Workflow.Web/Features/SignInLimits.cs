using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Workflow.Web.Application;
using Workflow.Web.Options;

namespace Workflow.Web.Features;

/// <summary>
/// ASP.NET Core's rate limiter on every POST that checks a password (<see cref="SignInAttemptAttribute"/>): a token
/// bucket per client address, then one for the whole service, so the password-hashing work per second is bounded
/// (ADR 9). The address's bucket is asked first, so one address's flood cannot use up everybody's share.
/// </summary>
public static class SignInLimits
{
    public static IServiceCollection AddSignInLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInLimitsOptions>>((o, signIn) =>
        {
            var limits = signIn.Value;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Partitioned(http => ClientAddress.Of(http), limits.PerAddressPermits, limits.PerAddressWindow),
                Partitioned(_ => "all", limits.GlobalPermits, limits.GlobalWindow));
            o.OnRejected = (context, ct) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
                return new ValueTask((PasswordSignIn.TooManyAttempts with { RetryAfter = wait }).ToProblem().ExecuteAsync(context.HttpContext));
            };
        });
        return services;
    }

    public static WebApplication UseSignInLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static bool IsSignInAttempt(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) && http.GetEndpoint()?.Metadata.GetMetadata<SignInAttemptAttribute>() is not null;

    private static PartitionedRateLimiter<HttpContext> Partitioned(Func<HttpContext, string> key, int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http => IsSignInAttempt(http)
            ? RateLimitPartition.GetTokenBucketLimiter(key(http), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = permits,
                TokensPerPeriod = permits,
                ReplenishmentPeriod = window,
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter("-"));
}
