"""Settings for the toezeggingen tracker, read from the environment.

Development needs nothing set: SQLite next to the code, DEBUG on, a throwaway key.
Production (``TRACKER_ENV=production``) refuses to start without ``SECRET_KEY``,
``DATABASE_URL`` and ``ALLOWED_HOSTS``.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), got {raw!r}.")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, got {raw!r}.") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


TRACKER_ENV = env_str("TRACKER_ENV", "development")
if TRACKER_ENV not in {"development", "production"}:
    raise ImproperlyConfigured("TRACKER_ENV must be 'development' or 'production'.")
PRODUCTION = TRACKER_ENV == "production"

DEBUG = env_bool("DEBUG", default=not PRODUCTION)
if PRODUCTION:
    SECRET_KEY = env_str("SECRET_KEY")
    ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("Set ALLOWED_HOSTS (comma-separated) in production.")
    if "DATABASE_URL" not in os.environ:
        raise ImproperlyConfigured("Set DATABASE_URL in production.")
else:
    # Only ever used on a developer's machine; production reads it from the environment.
    SECRET_KEY = env_str("SECRET_KEY", "django-insecure-development-only-key")
    ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")

INSTALLED_APPS = [
    # django.contrib.admin with the register's site (its app list built once per URLconf).
    "tracker.admin_site.RegisterAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "csp",
    "corsheaders",
    "axes",
    "simple_history",
    # Retries a failed database connection (a restart, a failover) before giving up.
    "django_dbconn_retry",
    "commitments",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outside the response cache, so stored answers get CORS headers too.
    "corsheaders.middleware.CorsMiddleware",
    # Before everything that costs: a stored anonymous answer needs no session, no database.
    "commitments.response_cache.RegisterCacheMiddleware",
    # Inside the cache, so stored answers carry both: explicit Cache-Control, and an ETag
    # from the body (with 304s) for lists and pages; API details set their own ETag.
    "commitments.http_headers.CacheControlMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "commitments.middleware.PathLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Lets django-simple-history record which user made each change.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into a 429 page.
    "axes.middleware.AxesMiddleware",
]

# Brute-force protection on the admin login: lock a username+address pair after repeated
# failures. DRF token authentication does not use passwords, so it is unaffected.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", 1)
# A username tried from one address, or one address trying any usernames (a password
# spray): either reaching the limit locks. The address is the one the throttle uses.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_CLIENT_IP_CALLABLE = "commitments.throttling.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# The lockout page in the visitor's language (axes' default is one English sentence).
AXES_LOCKOUT_CALLABLE = "commitments.throttling.lockout_response"

# How many reverse proxies of our own stand in front of the app (each appending to
# X-Forwarded-For). 0, the default, ignores that header: a client can write anything in it.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

if PRODUCTION:
    # Serves collected static files from the app server; runserver does that in development.
    MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"
ASGI_APPLICATION = "tracker.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60 if PRODUCTION else 0),
        conn_health_checks=True,
    )
}
# JIT compilation pays off for long analytical queries, not for a web page's: at a million
# rows the planner's estimates crossed jit_above_cost and compiling took 1.3 s of a 1.4 s
# query. DB_JIT=true turns it back on.
#
# Planning, not running, was the cost of the list queries: a commitment row joins its
# person, ministry, debate, committee, document, dossier and the document's parent, and the
# planner tried every order of those eight tables (15 ms to plan, 0.3 ms to run, at 100,000
# rows). The ORM writes them in an order that serves (the commitment first, then each lookup
# by primary key), so the planner reorders explicit joins only in groups of four
# (join_collapse_limit, DB_JOIN_COLLAPSE_LIMIT; PostgreSQL's default is 8). Not 1: a
# prefetch written from the big table (documents joined to the mentions of 20 commitments)
# then scans it first (0.5 -> 20-40 ms). Measured in docs/performance.md.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    planner = [f"join_collapse_limit={env_int('DB_JOIN_COLLAPSE_LIMIT', 4)}"]
    if not env_bool("DB_JIT", False):
        planner.append("jit=off")
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = " ".join(
        f"-c {setting}" for setting in planner
    )
    # The API's compiled queries are prepared once per connection (commitments/api/
    # compiled.py: they cost more to plan than to run). A threshold nothing reaches by
    # itself: every other query still binds on the client and is never prepared.
    # DB_PREPARED=false for a pooler in transaction mode that cannot keep them.
    if env_bool("DB_PREPARED", True):
        DATABASES["default"]["OPTIONS"]["prepare_threshold"] = 2**31 - 1
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# While the database restarts, a new connection is retried with back-off (0.25 s, x1.6:
# about 6.6 s over six tries in production) instead of failing the request at once.
MAX_DBCONN_RETRY_TIMES = env_int("DB_CONNECT_RETRIES", 6 if PRODUCTION else 1)
DBCONN_RETRY_DELAY = env_int("DB_CONNECT_RETRY_DELAY_MS", 250) / 1000
DBCONN_RETRY_BACKOFF = 1.6

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# Uploaded Kamerstuk texts are small; anything bigger is a mistake or an attack.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 5 * 1024 * 1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = DATA_UPLOAD_MAX_MEMORY_SIZE

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.DjangoModelPermissionsOrAnonReadOnly",
    ],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "commitments.api.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_PARSER_CLASSES": [
        "commitments.api.parsers.SafeJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    # drf-spectacular's AutoSchema plus ?fields=/?expand= and a 400 on every read.
    "DEFAULT_SCHEMA_CLASS": "commitments.api.schema.ApiSchema",
    "DEFAULT_THROTTLE_CLASSES": ["commitments.throttling.AnonThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("API_ANON_RATE", "120/minute"),
        # Exports and feeds (commitments/throttling.py): a whole register per answer.
        "export": env_str("EXPORT_ANON_RATE", "30/minute"),
    },
    # DRF's own reading of X-Forwarded-For follows the same setting (used by nothing of
    # ours, as AnonThrottle asks client_ip(); set so no DRF default trusts the header).
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
    # JSON for every error under /api/, a 500 included.
    "EXCEPTION_HANDLER": "commitments.api.errors.api_exception_handler",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Toezeggingen tracker API",
    "DESCRIPTION": "Commitments (toezeggingen) made by Dutch ministers to the Tweede Kamer.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "commitments.api.schema.sparse_components_have_no_required",
    ],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Several models have a "kind"; name each choice set after its model instead of a hash.
    "ENUM_NAME_OVERRIDES": {
        "DocumentKindEnum": "commitments.models.DocumentKind",
        "DebateKindEnum": "commitments.models.DebateKind",
        "SessionKindEnum": "commitments.models.SessionKind",
        "EventKindEnum": "commitments.models.EventKind",
        "CommitmentStatusEnum": "commitments.models.CommitmentStatus",
    },
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    }
}
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES["default"] = {
        "BACKEND": "commitments.cache_backends.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "tracker"),
    }

# Throttle counts must be shared by every worker, or each one allows the full rate: Redis
# when there is one; in production without it a file cache on the host's disk (the gunicorn
# workers of one host share it). Development runs one process, so its memory will do.
if REDIS_URL or not PRODUCTION:
    THROTTLE_CACHE_ALIAS = "default"
else:
    THROTTLE_CACHE_ALIAS = "throttle"
    CACHES["throttle"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env_str("THROTTLE_CACHE_DIR", str(BASE_DIR / "var" / "throttle")),
        "OPTIONS": {"MAX_ENTRIES": 10_000},
    }

# Whole anonymous answers (pages, feeds, exports, API), invalidated by the register version
# (commitments/response_cache.py). Invalidation must reach every worker, so the default is
# on only with a shared cache (Redis); a per-process cache would serve stale answers.
RESPONSE_CACHE_SECONDS = env_int("RESPONSE_CACHE_SECONDS", 300 if REDIS_URL else 0)
RESPONSE_CACHE_ALIAS = "default"
# max-age of anonymous answers for browsers and proxies; mirrors follow /api/v1/changes/.
PUBLIC_MAX_AGE = env_int("PUBLIC_MAX_AGE", 60)
RESPONSE_CACHE_EXCLUDE_PREFIXES = ("/admin/", "/i18n/")

# CORS (django-cors-headers): any site may read the open API from a browser, nobody may
# write across origins (writes need a clerk's token, sent by servers, not by web pages).
CORS_URLS_REGEX = r"^/api/v1/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "accept-language", "if-none-match", "if-modified-since"]
CORS_EXPOSE_HEADERS = [
    "ETag",
    "RateLimit-Limit",
    "RateLimit-Remaining",
    "RateLimit-Reset",
    "Retry-After",
]
CORS_PREFLIGHT_MAX_AGE = 86400

LOGIN_URL = "admin:login"

# Mail (follow by e-mail, docs/follow.md): printed to the console in development, SMTP from
# the environment in production. EMAIL_BACKEND may override either (e.g. a file backend).
EMAIL_BACKEND = env_str(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if PRODUCTION
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587 if PRODUCTION else 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", PRODUCTION)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("Set EMAIL_USE_TLS or EMAIL_USE_SSL, not both.")
# A hanging mail server must not hold a web worker (the confirmation mail is sent in the
# request) or the digest run for ever.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Toezeggingenregister <noreply@localhost>")
# The site's address for links in mails sent outside a request (the digest command).
SITE_URL = env_str("SITE_URL", "" if PRODUCTION else "http://127.0.0.1:8000").rstrip("/")
# Sign-ups per client address, and confirmation mails per e-mail address (DRF rate syntax).
FOLLOW_RATE_PER_CLIENT = env_str("FOLLOW_RATE_PER_CLIENT", "10/hour")
FOLLOW_RATE_PER_ADDRESS = env_str("FOLLOW_RATE_PER_ADDRESS", "3/day")

# Where readers report an error or ask a question (the contact and "Over dit register"
# pages); empty shows the griffie's postal route only.
CONTACT_EMAIL = env_str("CONTACT_EMAIL", "")

# Content-Security-Policy: scripts only from our own origin, never inline. Inline style
# attributes are allowed because the Django admin still uses a few.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

if PRODUCTION:
    # X-Forwarded-Proto says "https" only if a proxy of ours set it; without one (the
    # default), a client could write it on a plain-HTTP request and be taken for secure.
    if TRUSTED_PROXY_COUNT:
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"

# One handler for everything, on the root logger. Django's default config also gives the
# "django" logger a console handler, and its records propagate to the root as well: every
# line came out twice. Here "django" only propagates; "django.server" (runserver's request
# lines) keeps its own format and does not propagate, as in Django's default.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server"},
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
}
