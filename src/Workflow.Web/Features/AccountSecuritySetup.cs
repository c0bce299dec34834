using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Workflow.Web.Application;
using Workflow.Web.Data;
using Workflow.Web.Options;

namespace Workflow.Web.Features;

/// <summary>Password rules, session ending and sign-in limits (ADR 9); called after Identity is added.</summary>
public static class AccountSecuritySetup
{
    public const int MinPasswordLength = 12;

    public static IServiceCollection AddAccountSecurity(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<SignInLimitsOptions>().Bind(config.GetSection(SignInLimitsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.Configure<IdentityOptions>(o =>
        {
            // Length and a list of common passwords, not character classes (NIST SP 800-63B): "Demo-1234!" passes
            // the classes, a long sentence need not.
            o.Password.RequiredLength = MinPasswordLength;
            o.Password.RequiredUniqueChars = 4;
            o.Password.RequireDigit = false;
            o.Password.RequireLowercase = false;
            o.Password.RequireUppercase = false;
            o.Password.RequireNonAlphanumeric = false;
            // Failed passwords never lock an account (SignInBackoff slows them down); an administrator's lock does.
            o.Lockout.AllowedForNewUsers = true;
        });
        services.AddScoped<IPasswordValidator<AppUser>, PasswordRules>();
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, clock) =>
        {
            o.ValidationInterval = SessionStamps.MaxAge;
            o.TimeProvider = clock;
        });
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme)
            .Configure(o => o.Events.OnMessageReceived = BearerSessionCheck.OnMessageReceivedAsync);

        services.AddSingleton<SessionStamps>();
        services.AddSingleton<SignInBackoff>();
        services.AddSingleton<DecoyPasswordHash>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<PasswordChange>();
        services.AddScoped<AccountSessions>();
        services.AddScoped<BearerTokens>();
        return services.AddSignInLimits();
    }
}
