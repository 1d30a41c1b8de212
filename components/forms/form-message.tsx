import { Alert } from "@/components/ui/alert";

export function FormError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Alert variant="destructive" data-testid="form-error">
      {message}
    </Alert>
  );
}

export function FormSuccess({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Alert variant="success" data-testid="form-success">
      {message}
    </Alert>
  );
}
