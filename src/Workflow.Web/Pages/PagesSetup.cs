using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Workflow.Web.Pages.Memos;
using Workflow.Web.Pages.Support;

namespace Workflow.Web.Pages;

/// <summary>Registration of the browser interface (Razor Pages, cookie sign-in, localization).</summary>
public static class PagesSetup
{
    /// <summary>Pages authenticate with the Identity cookie only; the JSON API takes bearer tokens only (ApiPolicy).</summary>
    public const string Policy = "pages";

    /// <summary>The /admin pages: the cookie, as every page, and the Administrator role (holding a post gives no right here).</summary>
    public const string AdminPolicy = "admin-pages";

    public static readonly CultureInfo[] Cultures = [new("th-TH"), new("en")];

    public static IServiceCollection AddMemoPages(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/", Policy);
                o.Conventions.AuthorizeFolder("/Admin", AdminPolicy);
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Language");
                o.Conventions.AllowAnonymousToFolder("/Public");
                o.Conventions.ConfigureFilter(new AntiforgeryFailurePage());
            })
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(UiText)));
        services.AddSingleton<IValidationAttributeAdapterProvider, PlainTextAdapterProvider>();
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedBindingMessages>();

        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser());
        services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, p => p
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser()
            .RequireRole(Application.AppRoles.Administrator));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IWebHostEnvironment>((o, env) =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/login";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Cookie.Name = ".Workflow.Session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = SecurePolicy(env);
        });
        services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>().Configure<IWebHostEnvironment>((o, env) =>
        {
            o.Cookie.Name = ".Workflow.Antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = SecurePolicy(env);
        });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // Thai first: the browser's Accept-Language is ignored; English only when the person asks for it.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        // Thai text is written as UTF-8, not as &#xE40; entities; markup characters are still always encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings =
            new TextEncoderSettings(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.Thai, UnicodeRanges.GeneralPunctuation));
        services.AddHttpContextAccessor();
        services.AddScoped<PageUser>();
        services.AddScoped<DisplayText>();
        return services;
    }

    public static WebApplication MapMemoPages(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.MapRazorPages();
        return app;
    }

    // Development runs on plain http://localhost:5080; everywhere else the cookies travel over HTTPS only.
    private static CookieSecurePolicy SecurePolicy(IWebHostEnvironment env) =>
        env.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}
