// Stands in for next/cache outside a Next.js request: revalidation has nothing to refresh in a test.
export function revalidatePath(): void {}
export function revalidateTag(): void {}
