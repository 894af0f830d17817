// The set of secret values a run knows. Every value is registered with its derived forms (each line,
// base64, URL-encoded) before anything can print it; `mask` replaces all of them with ***.

const MIN_SECRET_LENGTH = 3;

export class SecretRegistry {
  private readonly values = new Set<string>();
  private readonly listeners: ((value: string) => void)[] = [];
  /** Longest first, so a secret that contains another is masked whole; rebuilt only after an add. */
  private sorted: string[] | undefined;

  /** Registers a secret and the forms it is commonly printed in. Returns the same value, for chaining. */
  add(value: string | undefined): string | undefined {
    if (value === undefined || value.length === 0) return value;
    const forms = new Set<string>([value]);
    for (const line of value.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed.length >= MIN_SECRET_LENGTH) forms.add(trimmed);
    }
    forms.add(Buffer.from(value, 'utf8').toString('base64'));
    forms.add(encodeURIComponent(value));
    forms.add(JSON.stringify(value).slice(1, -1));
    for (const form of forms) {
      if (form.length < MIN_SECRET_LENGTH || this.values.has(form)) continue;
      this.values.add(form);
      this.sorted = undefined;
      for (const listener of this.listeners) listener(form);
    }
    return value;
  }

  /** Registers the base64 of `user:password` as used in Basic auth headers and docker config files. */
  addBasicAuth(username: string, password: string): void {
    this.add(Buffer.from(`${username}:${password}`, 'utf8').toString('base64'));
  }

  /** Called for every form registered from now on, and at once for those already known. */
  onAdd(listener: (value: string) => void): void {
    this.listeners.push(listener);
    for (const value of this.values) listener(value);
  }

  has(value: string): boolean {
    return this.values.has(value);
  }

  get size(): number {
    return this.values.size;
  }

  mask(text: string): string {
    if (this.values.size === 0) return text;
    this.sorted ??= [...this.values].sort((a, b) => b.length - a.length);
    let out = text;
    for (const value of this.sorted) if (out.includes(value)) out = out.split(value).join('***');
    return out;
  }
}
