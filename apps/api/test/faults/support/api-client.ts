/** A GraphQL error as the API sends it. */
export interface ApiError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; dependency?: string; stacktrace?: unknown; [key: string]: unknown };
}

/** One answer, or why there was none. */
export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: ApiError[];
  startedAt: number;
  endedAt: number;
  /** Set when no HTTP answer came back (refused connection, timeout). */
  transportError?: string;
}

const REQUEST_TIMEOUT_MS = 15_000;

/** A browser of the admin over loopback: its own session cookie, the CRM's Origin on every request. */
export class ApiClient {
  private cookie = '';

  constructor(
    readonly baseUrl: string,
    private readonly origin: string,
  ) {}

  async graphql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<ApiAnswer<T>> {
    const startedAt = Date.now();
    try {
      const response = await fetch(`${this.baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          origin: this.origin,
          ...(this.cookie ? { cookie: this.cookie } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('alliance_session='));
      if (session) this.cookie = session.split(';')[0];
      const text = await response.text();
      let body: { data?: T | null; errors?: ApiError[] };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        return { status: response.status, data: null, errors: [], startedAt, endedAt: Date.now(), transportError: `not JSON: ${text.slice(0, 200)}` };
      }
      return { status: response.status, data: body.data ?? null, errors: body.errors ?? [], startedAt, endedAt: Date.now() };
    } catch (error) {
      return { status: 0, data: null, errors: [], startedAt, endedAt: Date.now(), transportError: error instanceof Error ? error.message : String(error) };
    }
  }

  async signIn(email: string, password: string): Promise<ApiAnswer> {
    return this.graphql('mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }', { input: { email, password } });
  }
}

/** One GET /health. */
export interface HealthSample {
  startedAt: number;
  endedAt: number;
  status: number;
  /** `details` of the answer: each dependency's status (and message when down). */
  details: Record<string, { status: string; message?: string }> | null;
  transportError?: string;
}

export async function fetchHealth(baseUrl: string): Promise<HealthSample> {
  const startedAt = Date.now();
  try {
    const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const body = (await response.json()) as { details?: HealthSample['details'] };
    return { startedAt, endedAt: Date.now(), status: response.status, details: body.details ?? null };
  } catch (error) {
    return { startedAt, endedAt: Date.now(), status: 0, details: null, transportError: error instanceof Error ? error.message : String(error) };
  }
}
