export declare class SecretRegistry {
    private readonly values;
    private readonly listeners;
    /** Longest first, so a secret that contains another is masked whole; rebuilt only after an add. */
    private sorted;
    /** Registers a secret and the forms it is commonly printed in. Returns the same value, for chaining. */
    add(value: string | undefined): string | undefined;
    /** Registers the base64 of `user:password` as used in Basic auth headers and docker config files. */
    addBasicAuth(username: string, password: string): void;
    /** Called for every form registered from now on, and at once for those already known. */
    onAdd(listener: (value: string) => void): void;
    has(value: string): boolean;
    get size(): number;
    mask(text: string): string;
}
