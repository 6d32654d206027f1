import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { UpdateNotice } from './UpdateNotice';
import { offerUpdate } from './updateReady';

test('the new-version notice appears only once an update waits, and its button applies it', async () => {
  render(<UpdateNotice />);
  expect(screen.queryByRole('status')).not.toBeInTheDocument();

  const apply = vi.fn();
  act(() => offerUpdate(apply));
  expect(screen.getByRole('status')).toHaveTextContent('A new version is ready — reload');
  await userEvent.click(screen.getByRole('button', { name: 'reload' }));
  expect(apply).toHaveBeenCalledOnce();
});
